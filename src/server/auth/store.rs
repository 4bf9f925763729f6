//! The auth store: users, roles and their permissions, the enabled switch and the revision, as
//! etcd's server/auth/store.go keeps them. The state is immutable once published (readers take
//! an `Arc`); the apply loop changes a copy and publishes it after the batch. Rows live in the
//! backend's auth table, written in the same transaction as the rest of the batch.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};

use prost::Message as _;

use super::token::Tokens;
use super::{AuthError, AuthInfo, ROOT};
use crate::server::errors::ApiError;
use crate::server::proto::authpb::{
    permission::Type as PermType, Permission, Role, User, UserAddOptions,
};
use crate::server::proto::ctlpb::internal_request::Request;
use crate::server::proto::etcdserverpb::{request_op, Compare, RequestOp, TxnRequest};
use crate::server::storage::mvcc::Writer;

use crate::server::storage::mvcc::auth_rows::{
    ENABLED as ENABLED_ROW, REVISION as REVISION_ROW, ROLE as ROLE_ROW, USER as USER_ROW,
};

/// What a request needs on a key or range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

/// A permission as an interval: [begin, end), `None` being +∞.
type Interval = (Vec<u8>, Option<Vec<u8>>);

/// One user's permissions from all their roles, sorted by start, for each access.
#[derive(Debug, Clone, Default)]
struct UserPerms {
    read: Vec<Interval>,
    write: Vec<Interval>,
}

fn interval(perm: &Permission) -> Interval {
    let key = perm.key.clone();
    if perm.range_end == [0] {
        (key, None)
    } else if perm.range_end.is_empty() {
        let mut end = key.clone();
        end.push(0);
        (key, Some(end))
    } else {
        (key, Some(perm.range_end.clone()))
    }
}

/// Whether the sorted `intervals` together cover [key, end) (`end` None: to +∞), adjacent
/// half-open intervals joining up, as etcd's interval tree `Contains`.
fn covers(intervals: &[Interval], key: &[u8], end: Option<&[u8]>) -> bool {
    let mut reached: Vec<u8> = key.to_vec();
    for (begin, stop) in intervals {
        if begin.as_slice() > reached.as_slice() {
            break;
        }
        match stop {
            None => return true,
            Some(stop) if stop.as_slice() > reached.as_slice() => {
                reached = stop.clone();
                if end.is_some_and(|e| reached.as_slice() >= e) {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// Whether some interval holds the single `key`.
fn contains(intervals: &[Interval], key: &[u8]) -> bool {
    intervals.iter().any(|(begin, end)| {
        begin.as_slice() <= key && end.as_ref().is_none_or(|e| key < e.as_slice())
    })
}

/// A range request's end as etcd's permission check sees it.
fn request_end(range_end: &[u8]) -> Option<Option<&[u8]>> {
    if range_end.is_empty() {
        None
    } else if range_end == [0] {
        Some(None)
    } else {
        Some(Some(range_end))
    }
}

/// Everything the auth store holds, at one revision.
#[derive(Debug, Clone)]
pub struct AuthState {
    pub enabled: bool,
    pub revision: u64,
    users: BTreeMap<String, User>,
    roles: BTreeMap<String, Role>,
    perms: HashMap<String, UserPerms>,
}

impl Default for AuthState {
    fn default() -> Self {
        AuthState {
            enabled: false,
            // etcd's auth store starts at revision 1.
            revision: 1,
            users: BTreeMap::new(),
            roles: BTreeMap::new(),
            perms: HashMap::new(),
        }
    }
}

/// What an applied change asks the token provider to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    None,
    /// Drop this user's tokens (deleted, or a new password).
    ForgetUser(String),
    /// Drop every token (auth disabled).
    ForgetAll,
    /// Keep this simple token for this user (assigned through raft).
    AssignToken {
        username: String,
        token: String,
    },
}

impl AuthState {
    /// The state the backend's rows describe.
    pub fn from_rows(rows: &[(String, Vec<u8>)]) -> Result<AuthState, String> {
        let mut state = AuthState::default();
        for (key, value) in rows {
            if key == ENABLED_ROW {
                state.enabled = value.first() == Some(&1);
            } else if key == REVISION_ROW {
                let bytes: [u8; 8] = value
                    .as_slice()
                    .try_into()
                    .map_err(|_| "a bad auth revision row".to_string())?;
                state.revision = u64::from_be_bytes(bytes);
            } else if let Some(name) = key.strip_prefix(USER_ROW) {
                let user = User::decode(value.as_slice())
                    .map_err(|e| format!("a bad auth user row {name}: {e}"))?;
                state.users.insert(name.to_string(), user);
            } else if let Some(name) = key.strip_prefix(ROLE_ROW) {
                let role = Role::decode(value.as_slice())
                    .map_err(|e| format!("a bad auth role row {name}: {e}"))?;
                state.roles.insert(name.to_string(), role);
            }
        }
        state.refresh();
        Ok(state)
    }

    /// Rebuilds every user's permission intervals (after any change, as etcd does).
    fn refresh(&mut self) {
        self.perms.clear();
        for (name, user) in &self.users {
            let mut perms = UserPerms::default();
            for role in &user.roles {
                let Some(role) = self.roles.get(role) else {
                    continue;
                };
                for perm in &role.key_permission {
                    let kind = PermType::try_from(perm.perm_type).unwrap_or(PermType::Read);
                    if matches!(kind, PermType::Read | PermType::Readwrite) {
                        perms.read.push(interval(perm));
                    }
                    if matches!(kind, PermType::Write | PermType::Readwrite) {
                        perms.write.push(interval(perm));
                    }
                }
            }
            perms.read.sort();
            perms.write.sort();
            self.perms.insert(name.clone(), perms);
        }
    }

    pub fn user(&self, name: &str) -> Option<&User> {
        self.users.get(name)
    }

    pub fn role(&self, name: &str) -> Option<&Role> {
        self.roles.get(name)
    }

    pub fn user_names(&self) -> Vec<String> {
        self.users.keys().cloned().collect()
    }

    pub fn role_names(&self) -> Vec<String> {
        self.roles.keys().cloned().collect()
    }

    pub fn is_root(&self, username: &str) -> bool {
        self.users
            .get(username)
            .is_some_and(|u| u.roles.iter().any(|r| r == ROOT))
    }

    /// etcd's IsAdminPermitted: with auth on, only a user holding the root role.
    pub fn check_admin(&self, who: Option<&AuthInfo>) -> Result<(), AuthError> {
        if !self.enabled {
            return Ok(());
        }
        let who = who
            .filter(|w| !w.username.is_empty())
            .ok_or(AuthError::UserEmpty)?;
        let user = self
            .users
            .get(&who.username)
            .ok_or(AuthError::UserNotFound)?;
        if user.roles.iter().any(|r| r == ROOT) {
            Ok(())
        } else {
            Err(AuthError::PermissionDenied)
        }
    }

    /// etcd's requireAuthInfo: with auth on, someone must be asking.
    pub fn check_identified(&self, who: Option<&AuthInfo>) -> Result<(), AuthError> {
        if self.enabled && who.is_none_or(|w| w.username.is_empty()) {
            return Err(AuthError::UserEmpty);
        }
        Ok(())
    }

    /// etcd's isOpPermitted on a key (`range_end` empty), a range or from a key (`[0]`).
    pub fn check(
        &self,
        who: Option<&AuthInfo>,
        key: &[u8],
        range_end: &[u8],
        access: Access,
    ) -> Result<(), AuthError> {
        if !self.enabled {
            return Ok(());
        }
        let who = who
            .filter(|w| w.revision != 0)
            .ok_or(AuthError::UserEmpty)?;
        if who.revision < self.revision {
            return Err(AuthError::AuthOldRevision);
        }
        let Some(user) = self.users.get(&who.username) else {
            return Err(AuthError::PermissionDenied);
        };
        if user.roles.iter().any(|r| r == ROOT) {
            return Ok(());
        }
        let Some(perms) = self.perms.get(&who.username) else {
            return Err(AuthError::PermissionDenied);
        };
        let intervals = match access {
            Access::Read => &perms.read,
            Access::Write => &perms.write,
        };
        let allowed = match request_end(range_end) {
            None => contains(intervals, key),
            Some(end) => covers(intervals, key, end),
        };
        if allowed {
            Ok(())
        } else {
            Err(AuthError::PermissionDenied)
        }
    }

    /// A txn's checks: read for every compare, then each operation of both branches, nested
    /// txns included (etcd checks the whole txn before it applies).
    pub fn check_txn(&self, who: Option<&AuthInfo>, txn: &TxnRequest) -> Result<(), AuthError> {
        for Compare { key, range_end, .. } in &txn.compare {
            self.check(who, key, range_end, Access::Read)?;
        }
        for op in txn.success.iter().chain(&txn.failure) {
            self.check_op(who, op)?;
        }
        Ok(())
    }

    fn check_op(&self, who: Option<&AuthInfo>, op: &RequestOp) -> Result<(), AuthError> {
        match &op.request {
            Some(request_op::Request::RequestRange(r)) => {
                self.check(who, &r.key, &r.range_end, Access::Read)
            }
            Some(request_op::Request::RequestPut(p)) => {
                if p.prev_kv {
                    self.check(who, &p.key, &[], Access::Read)?;
                }
                self.check(who, &p.key, &[], Access::Write)
            }
            Some(request_op::Request::RequestDeleteRange(d)) => {
                if d.prev_kv {
                    self.check(who, &d.key, &d.range_end, Access::Read)?;
                }
                self.check(who, &d.key, &d.range_end, Access::Write)
            }
            Some(request_op::Request::RequestTxn(t)) => self.check_txn(who, t),
            None => Ok(()),
        }
    }

    /// Write on every key of a lease (a revoke, or a put attaching to it); root may always.
    pub fn check_lease_keys(
        &self,
        who: Option<&AuthInfo>,
        keys: &[Vec<u8>],
        access: Access,
    ) -> Result<(), AuthError> {
        if !self.enabled || who.is_some_and(|w| self.is_root(&w.username)) {
            return Ok(());
        }
        for key in keys {
            self.check(who, key, &[], access)?;
        }
        Ok(())
    }

    /// Checks a replicated request as it applies (etcd's authApplierV3), with `writer` for
    /// the keys a lease holds.
    pub fn check_applied(
        &self,
        who: &AuthInfo,
        request: &Request,
        writer: &Writer<'_, '_>,
    ) -> Result<(), ApiError> {
        if !self.enabled {
            return Ok(());
        }
        let who = Some(who);
        match request {
            Request::Put(put) => {
                if put.prev_kv {
                    self.check(who, &put.key, &[], Access::Read)?;
                }
                self.check(who, &put.key, &[], Access::Write)?;
                if put.lease != 0 {
                    self.check_lease_keys(who, &writer.lease_keys(put.lease), Access::Write)?;
                }
            }
            Request::DeleteRange(d) => {
                if d.prev_kv {
                    self.check(who, &d.key, &d.range_end, Access::Read)?;
                }
                self.check(who, &d.key, &d.range_end, Access::Write)?;
            }
            Request::Txn(txn) => self.check_txn(who, txn)?,
            Request::LeaseRevoke(revoke) => {
                self.check_identified(who)?;
                self.check_lease_keys(who, &writer.lease_keys(revoke.id), Access::Write)?;
            }
            // Anyone may take a lease, as in etcd; what it may hold is checked on each put.
            Request::LeaseGrant(_) => {}
            Request::Compaction(_) => self.check_admin(who)?,
            Request::Alarm(alarm) => {
                if alarm.action
                    != crate::server::proto::etcdserverpb::alarm_request::AlarmAction::Get as i32
                {
                    self.check_admin(who)?;
                }
            }
            Request::MemberUpdate(_) => self.check_admin(who)?,
            // A member publishing its own attributes is not a client request.
            Request::MemberAttributes(_) => {}
            // Auth management: root only (etcd's needAdminPermission).
            _ => self.check_admin(who)?,
        }
        Ok(())
    }

    fn bump(&mut self, writer: &mut Writer<'_, '_>) -> Result<(), ApiError> {
        self.revision += 1;
        writer.auth_put(REVISION_ROW, &self.revision.to_be_bytes())?;
        Ok(())
    }

    fn save_user(&self, writer: &mut Writer<'_, '_>, user: &User) -> Result<(), ApiError> {
        let name = String::from_utf8_lossy(&user.name);
        writer.auth_put(&format!("{USER_ROW}{name}"), &user.encode_to_vec())?;
        Ok(())
    }

    fn save_role(&self, writer: &mut Writer<'_, '_>, role: &Role) -> Result<(), ApiError> {
        let name = String::from_utf8_lossy(&role.name);
        writer.auth_put(&format!("{ROLE_ROW}{name}"), &role.encode_to_vec())?;
        Ok(())
    }

    /// The simple token an applied `AuthAssignToken` at raft `index` gives, and the effect that
    /// keeps it: refused as etcd's applier refuses it (auth off, no such user, a user without a
    /// password), and stale when the store changed after the password was checked.
    pub fn assign_token(
        &self,
        assign: &crate::server::proto::ctlpb::AuthAssignToken,
        index: u64,
    ) -> Result<(String, Effect), AuthError> {
        if !self.enabled {
            return Err(AuthError::AuthNotEnabled);
        }
        let user = self.users.get(&assign.name).ok_or(AuthError::AuthFailed)?;
        if user.options.as_ref().is_some_and(|o| o.no_password) {
            return Err(AuthError::AuthFailed);
        }
        if assign.checked_revision != self.revision {
            return Err(AuthError::AuthOldRevision);
        }
        let token = format!("{}.{index}", assign.token_prefix);
        let effect = Effect::AssignToken {
            username: assign.name.clone(),
            token: token.clone(),
        };
        Ok((token, effect))
    }

    /// Applies one auth change (etcd's store.go), returning what the tokens must forget.
    pub fn apply(
        &mut self,
        writer: &mut Writer<'_, '_>,
        request: Request,
    ) -> Result<Effect, ApiError> {
        use base64::Engine as _;
        let effect = match request {
            Request::AuthEnable(_) => {
                if self.enabled {
                    return Ok(Effect::None);
                }
                let root = self.users.get(ROOT).ok_or(AuthError::RootUserNotExist)?;
                if !root.roles.iter().any(|r| r == ROOT) {
                    return Err(AuthError::RootRoleNotExist.into());
                }
                self.enabled = true;
                writer.auth_put(ENABLED_ROW, &[1])?;
                Effect::None
            }
            Request::AuthDisable(_) => {
                if !self.enabled {
                    return Ok(Effect::None);
                }
                self.enabled = false;
                writer.auth_put(ENABLED_ROW, &[0])?;
                self.bump(writer)?;
                Effect::ForgetAll
            }
            Request::UserAdd(add) => {
                if add.name.is_empty() {
                    return Err(AuthError::UserEmpty.into());
                }
                if self.users.contains_key(&add.name) {
                    return Err(AuthError::UserAlreadyExist.into());
                }
                let options = add.options.unwrap_or(UserAddOptions { no_password: false });
                let password = if options.no_password {
                    Vec::new()
                } else {
                    base64::engine::general_purpose::STANDARD
                        .decode(&add.hashed_password)
                        .map_err(|_| AuthError::NoPasswordUser)?
                };
                let user = User {
                    name: add.name.clone().into_bytes(),
                    password,
                    roles: Vec::new(),
                    options: Some(options),
                };
                self.save_user(writer, &user)?;
                self.users.insert(add.name, user);
                self.bump(writer)?;
                Effect::None
            }
            Request::UserDelete(delete) => {
                if self.enabled && delete.name == ROOT {
                    return Err(AuthError::InvalidAuthMgmt.into());
                }
                if self.users.remove(&delete.name).is_none() {
                    return Err(AuthError::UserNotFound.into());
                }
                writer.auth_delete(&format!("{USER_ROW}{}", delete.name))?;
                self.bump(writer)?;
                Effect::ForgetUser(delete.name)
            }
            Request::UserChangePassword(change) => {
                let mut user = self
                    .users
                    .get(&change.name)
                    .cloned()
                    .ok_or(AuthError::UserNotFound)?;
                if !user.options.as_ref().is_some_and(|o| o.no_password) {
                    user.password = base64::engine::general_purpose::STANDARD
                        .decode(&change.hashed_password)
                        .map_err(|_| AuthError::NoPasswordUser)?;
                }
                self.save_user(writer, &user)?;
                self.users.insert(change.name.clone(), user);
                self.bump(writer)?;
                Effect::ForgetUser(change.name)
            }
            Request::UserGrantRole(grant) => {
                let mut user = self
                    .users
                    .get(&grant.user)
                    .cloned()
                    .ok_or(AuthError::UserNotFound)?;
                if grant.role != ROOT && !self.roles.contains_key(&grant.role) {
                    return Err(AuthError::RoleNotFound.into());
                }
                if user.roles.contains(&grant.role) {
                    return Ok(Effect::None);
                }
                user.roles.push(grant.role);
                user.roles.sort();
                self.save_user(writer, &user)?;
                self.users.insert(grant.user, user);
                self.bump(writer)?;
                Effect::None
            }
            Request::UserRevokeRole(revoke) => {
                if self.enabled && revoke.name == ROOT && revoke.role == ROOT {
                    return Err(AuthError::InvalidAuthMgmt.into());
                }
                let mut user = self
                    .users
                    .get(&revoke.name)
                    .cloned()
                    .ok_or(AuthError::UserNotFound)?;
                let before = user.roles.len();
                user.roles.retain(|r| *r != revoke.role);
                if user.roles.len() == before {
                    return Err(AuthError::RoleNotGranted.into());
                }
                self.save_user(writer, &user)?;
                self.users.insert(revoke.name, user);
                self.bump(writer)?;
                Effect::None
            }
            Request::RoleAdd(add) => {
                if add.name.is_empty() {
                    return Err(AuthError::RoleEmpty.into());
                }
                if self.roles.contains_key(&add.name) {
                    return Err(AuthError::RoleAlreadyExist.into());
                }
                let role = Role {
                    name: add.name.clone().into_bytes(),
                    key_permission: Vec::new(),
                };
                self.save_role(writer, &role)?;
                self.roles.insert(add.name, role);
                self.bump(writer)?;
                Effect::None
            }
            Request::RoleDelete(delete) => {
                if self.enabled && delete.role == ROOT {
                    return Err(AuthError::InvalidAuthMgmt.into());
                }
                if self.roles.remove(&delete.role).is_none() {
                    return Err(AuthError::RoleNotFound.into());
                }
                writer.auth_delete(&format!("{ROLE_ROW}{}", delete.role))?;
                let holders: Vec<String> = self
                    .users
                    .iter()
                    .filter(|(_, u)| u.roles.contains(&delete.role))
                    .map(|(n, _)| n.clone())
                    .collect();
                for name in holders {
                    let mut user = self.users[&name].clone();
                    user.roles.retain(|r| *r != delete.role);
                    self.save_user(writer, &user)?;
                    self.users.insert(name, user);
                }
                self.bump(writer)?;
                Effect::None
            }
            Request::RoleGrantPermission(grant) => {
                let perm = grant.perm.ok_or(AuthError::PermissionNotGiven)?;
                let valid = !perm.key.is_empty()
                    && (perm.range_end.is_empty()
                        || perm.key < perm.range_end
                        || perm.range_end == [0]);
                if !valid {
                    return Err(AuthError::InvalidAuthMgmt.into());
                }
                let mut role = self
                    .roles
                    .get(&grant.name)
                    .cloned()
                    .ok_or(AuthError::RoleNotFound)?;
                match role
                    .key_permission
                    .iter_mut()
                    .find(|p| p.key == perm.key && p.range_end == perm.range_end)
                {
                    Some(existing) => existing.perm_type = perm.perm_type,
                    None => {
                        role.key_permission.push(perm);
                        role.key_permission.sort_by(|a, b| a.key.cmp(&b.key));
                    }
                }
                self.save_role(writer, &role)?;
                self.roles.insert(grant.name, role);
                self.bump(writer)?;
                Effect::None
            }
            Request::RoleRevokePermission(revoke) => {
                let mut role = self
                    .roles
                    .get(&revoke.role)
                    .cloned()
                    .ok_or(AuthError::RoleNotFound)?;
                let before = role.key_permission.len();
                role.key_permission
                    .retain(|p| !(p.key == revoke.key && p.range_end == revoke.range_end));
                if role.key_permission.len() == before {
                    return Err(AuthError::PermissionNotGranted.into());
                }
                self.save_role(writer, &role)?;
                self.roles.insert(revoke.role, role);
                self.bump(writer)?;
                Effect::None
            }
            _ => return Err(ApiError::internal("not an auth change")),
        };
        self.refresh();
        Ok(effect)
    }
}

/// Whether a replicated request is an auth change.
pub fn is_auth_change(request: &Request) -> bool {
    matches!(
        request,
        Request::AuthEnable(_)
            | Request::AuthDisable(_)
            | Request::UserAdd(_)
            | Request::UserDelete(_)
            | Request::UserChangePassword(_)
            | Request::UserGrantRole(_)
            | Request::UserRevokeRole(_)
            | Request::RoleAdd(_)
            | Request::RoleDelete(_)
            | Request::RoleGrantPermission(_)
            | Request::RoleRevokePermission(_)
    )
}

/// The member's auth store: the published state, readable without waiting, and its tokens.
pub struct AuthStore {
    state: RwLock<Arc<AuthState>>,
    enabled: AtomicBool,
    pub tokens: Tokens,
    pub bcrypt_cost: u32,
}

impl AuthStore {
    pub fn new(state: AuthState, tokens: Tokens, bcrypt_cost: u32) -> AuthStore {
        AuthStore {
            enabled: AtomicBool::new(state.enabled),
            state: RwLock::new(Arc::new(state)),
            tokens,
            bcrypt_cost,
        }
    }

    /// Carries out what an applied change asks of the tokens.
    pub fn take_effect(&self, effect: &Effect) {
        match effect {
            Effect::None => {}
            Effect::ForgetUser(name) => self.tokens.forget_user(name),
            Effect::ForgetAll => self.tokens.forget_all(),
            Effect::AssignToken { username, token } => self.tokens.keep_simple(username, token),
        }
    }

    /// Whether auth is on: the one check requests pay while it is off.
    pub fn enabled(&self) -> bool {
        self.enabled.load(Ordering::Acquire)
    }

    pub fn current(&self) -> Arc<AuthState> {
        self.state.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn publish(&self, state: AuthState) {
        self.enabled.store(state.enabled, Ordering::Release);
        *self.state.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(state);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn perm(kind: PermType, key: &str, end: &[u8]) -> Permission {
        Permission {
            perm_type: kind as i32,
            key: key.as_bytes().to_vec(),
            range_end: end.to_vec(),
        }
    }

    fn state(perms: Vec<Permission>) -> AuthState {
        let mut state = AuthState {
            enabled: true,
            ..Default::default()
        };
        state.roles.insert(
            "r".into(),
            Role {
                name: b"r".to_vec(),
                key_permission: perms,
            },
        );
        state.users.insert(
            "u".into(),
            User {
                name: b"u".to_vec(),
                password: Vec::new(),
                roles: vec!["r".into()],
                options: None,
            },
        );
        state.refresh();
        state
    }

    fn who(revision: u64) -> AuthInfo {
        AuthInfo {
            username: "u".into(),
            revision,
        }
    }

    #[test]
    fn permissions_cover_keys_ranges_prefixes_and_from_keys_as_etcd_does() {
        let s = state(vec![
            perm(PermType::Read, "a", b""),
            perm(PermType::Readwrite, "b", b"d"),
            perm(PermType::Read, "d", b"f"),
            perm(PermType::Write, "x", &[0]),
        ]);
        let w = who(1);
        let ok = |key: &str, end: &[u8], access| s.check(Some(&w), key.as_bytes(), end, access);
        assert_eq!(ok("a", b"", Access::Read), Ok(()));
        assert_eq!(
            ok("a", b"", Access::Write),
            Err(AuthError::PermissionDenied)
        );
        assert_eq!(
            ok("ab", b"", Access::Read),
            Err(AuthError::PermissionDenied)
        );
        // Adjacent ranges join: [b, d) + [d, f) covers [c, e).
        assert_eq!(ok("c", b"e", Access::Read), Ok(()));
        assert_eq!(
            ok("c", b"g", Access::Read),
            Err(AuthError::PermissionDenied)
        );
        assert_eq!(
            ok("c", b"e", Access::Write),
            Err(AuthError::PermissionDenied)
        );
        assert_eq!(ok("x", &[0], Access::Write), Ok(()));
        assert_eq!(ok("z", b"", Access::Write), Ok(()));
        assert_eq!(
            ok("w", &[0], Access::Write),
            Err(AuthError::PermissionDenied)
        );
        // Old identities and no identity.
        assert_eq!(
            s.check(Some(&who(0)), b"a", b"", Access::Read),
            Err(AuthError::UserEmpty)
        );
        assert_eq!(
            s.check(None, b"a", b"", Access::Read),
            Err(AuthError::UserEmpty)
        );
        let mut newer = s.clone();
        newer.revision = 5;
        assert_eq!(
            newer.check(Some(&who(4)), b"a", b"", Access::Read),
            Err(AuthError::AuthOldRevision)
        );
        assert_eq!(s.check_admin(Some(&w)), Err(AuthError::PermissionDenied));
    }

    #[test]
    fn a_token_is_assigned_only_for_a_user_with_a_password_at_the_checked_revision() {
        use crate::server::proto::ctlpb::AuthAssignToken;
        let mut s = state(Vec::new());
        s.revision = 3;
        let assign = |name: &str, checked_revision| AuthAssignToken {
            name: name.into(),
            token_prefix: "abcdefghijklmnop".into(),
            checked_revision,
        };
        let (token, effect) = s.assign_token(&assign("u", 3), 42).unwrap();
        assert_eq!(token, "abcdefghijklmnop.42");
        assert_eq!(
            effect,
            Effect::AssignToken {
                username: "u".into(),
                token: token.clone()
            }
        );
        // The store changed after the password was checked: the caller checks again.
        assert_eq!(
            s.assign_token(&assign("u", 2), 43),
            Err(AuthError::AuthOldRevision)
        );
        assert_eq!(
            s.assign_token(&assign("ghost", 3), 44),
            Err(AuthError::AuthFailed)
        );
        s.users.get_mut("u").unwrap().options = Some(UserAddOptions { no_password: true });
        assert_eq!(
            s.assign_token(&assign("u", 3), 45),
            Err(AuthError::AuthFailed)
        );
        s.enabled = false;
        assert_eq!(
            s.assign_token(&assign("u", 3), 46),
            Err(AuthError::AuthNotEnabled)
        );
    }
}

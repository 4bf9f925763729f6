//! The Auth service, as etcd's: user and role management (allowed while auth is off; root only
//! once it is on), enabling and disabling auth, and Authenticate, which checks the password
//! with bcrypt and issues a token. Changes go through raft with the caller's identity and are
//! checked again as they apply; passwords travel only as bcrypt hashes.

use std::sync::Arc;

use base64::Engine as _;
use tonic::{Request, Response, Status};

use super::admin;
use crate::server::auth::token::simple_token_prefix;
use crate::server::auth::{AuthError, AuthInfo};
use crate::server::member::Member;
use crate::server::proto::ctlpb::internal_request::Request as Internal;
use crate::server::proto::ctlpb::AuthAssignToken;
use crate::server::proto::etcdserverpb::*;
use crate::server::storage::apply::{Applied, Response as AppliedResponse};

pub struct AuthService {
    pub member: Arc<Member>,
}

/// A bcrypt hash of `password` at the member's cost, in etcd's "$2a$" form, base64 as etcd
/// replicates it.
async fn hash(password: String, cost: u32) -> Result<String, Status> {
    let hashed = tokio::task::spawn_blocking(move || bcrypt::hash_with_result(password, cost))
        .await
        .map_err(|e| Status::internal(format!("etcdserver: {e}")))?
        .map_err(|e| Status::internal(format!("etcdserver: cannot hash the password: {e}")))?;
    let text = hashed.format_for_version(bcrypt::Version::TwoA);
    Ok(base64::engine::general_purpose::STANDARD.encode(text))
}

impl AuthService {
    /// Refuses unless auth is on and `password` is `name`'s (bcrypt, off the async workers).
    async fn check_password(
        &self,
        state: &crate::server::auth::AuthState,
        name: &str,
        password: &str,
    ) -> Result<(), Status> {
        if !state.enabled {
            return Err(AuthError::AuthNotEnabled.into());
        }
        let user = state.user(name).ok_or(AuthError::AuthFailed)?;
        if user.options.as_ref().is_some_and(|o| o.no_password) {
            return Err(AuthError::NoPasswordUser.into());
        }
        let stored = String::from_utf8_lossy(&user.password).into_owned();
        let password = password.to_string();
        let matches =
            tokio::task::spawn_blocking(move || bcrypt::verify(password, &stored).unwrap_or(false))
                .await
                .map_err(|e| Status::internal(format!("etcdserver: {e}")))?;
        if !matches {
            return Err(AuthError::AuthFailed.into());
        }
        Ok(())
    }

    fn header(&self) -> Option<ResponseHeader> {
        Some(self.member.header(self.member.store.revision()))
    }

    /// Proposes an auth change on behalf of the caller; the apply checks root.
    async fn change<T>(&self, request: &Request<T>, change: Internal) -> Result<(), Status> {
        let who = self.member.who(request)?;
        self.member.propose_as(change, who.as_ref()).await?;
        Ok(())
    }

    fn who<T>(&self, request: &Request<T>) -> Result<Option<AuthInfo>, Status> {
        Ok(self.member.who(request)?)
    }
}

#[tonic::async_trait]
impl auth_server::Auth for AuthService {
    async fn auth_enable(
        &self,
        request: Request<AuthEnableRequest>,
    ) -> Result<Response<AuthEnableResponse>, Status> {
        self.change(&request, Internal::AuthEnable(AuthEnableRequest {}))
            .await?;
        Ok(Response::new(AuthEnableResponse {
            header: self.header(),
        }))
    }

    async fn auth_disable(
        &self,
        request: Request<AuthDisableRequest>,
    ) -> Result<Response<AuthDisableResponse>, Status> {
        self.change(&request, Internal::AuthDisable(AuthDisableRequest {}))
            .await?;
        Ok(Response::new(AuthDisableResponse {
            header: self.header(),
        }))
    }

    async fn auth_status(
        &self,
        request: Request<AuthStatusRequest>,
    ) -> Result<Response<AuthStatusResponse>, Status> {
        admin(&self.member, &request)?;
        let state = self.member.auth.current();
        Ok(Response::new(AuthStatusResponse {
            header: self.header(),
            enabled: state.enabled,
            auth_revision: state.revision,
        }))
    }

    async fn authenticate(
        &self,
        request: Request<AuthenticateRequest>,
    ) -> Result<Response<AuthenticateResponse>, Status> {
        let request = request.into_inner();
        // As etcd: the password is checked against the store as every member has it now, then
        // a simple token is assigned through raft, and the check is redone if the store changed
        // in between.
        const ATTEMPTS: usize = 3;
        for attempt in 1..=ATTEMPTS {
            self.member.read_barrier().await?;
            let state = self.member.auth.current();
            self.check_password(&state, &request.name, &request.password)
                .await?;
            if self.member.auth.tokens.is_jwt() {
                let token = self
                    .member
                    .auth
                    .tokens
                    .sign_jwt(&request.name, state.revision)?;
                return Ok(Response::new(AuthenticateResponse {
                    header: self.header(),
                    token,
                }));
            }
            let assign = AuthAssignToken {
                name: request.name.clone(),
                token_prefix: simple_token_prefix(),
                checked_revision: state.revision,
            };
            match self.member.propose(Internal::AssignToken(assign)).await {
                Ok(Applied {
                    response: AppliedResponse::Token(token),
                    ..
                }) => {
                    return Ok(Response::new(AuthenticateResponse {
                        header: self.header(),
                        token,
                    }))
                }
                Ok(_) => return Err(Status::internal("etcdserver: unexpected apply result")),
                Err(e) if attempt < ATTEMPTS && e.is_auth(AuthError::AuthOldRevision) => continue,
                Err(e) => return Err(e.into()),
            }
        }
        Err(AuthError::AuthOldRevision.into())
    }

    async fn user_add(
        &self,
        request: Request<AuthUserAddRequest>,
    ) -> Result<Response<AuthUserAddResponse>, Status> {
        let who = self.who(&request)?;
        let mut add = request.into_inner();
        if !add.options.as_ref().is_some_and(|o| o.no_password) {
            add.hashed_password = hash(
                std::mem::take(&mut add.password),
                self.member.auth.bcrypt_cost,
            )
            .await?;
        }
        add.password.clear();
        self.member
            .propose_as(Internal::UserAdd(add), who.as_ref())
            .await?;
        Ok(Response::new(AuthUserAddResponse {
            header: self.header(),
        }))
    }

    async fn user_get(
        &self,
        request: Request<AuthUserGetRequest>,
    ) -> Result<Response<AuthUserGetResponse>, Status> {
        let who = self.who(&request)?;
        let name = request.into_inner().name;
        self.member.read_barrier().await?;
        let state = self.member.auth.current();
        // Root, or the user asking about themselves.
        if state.enabled && who.as_ref().is_none_or(|w| w.username != name) {
            state.check_admin(who.as_ref())?;
        }
        let user = state.user(&name).ok_or(AuthError::UserNotFound)?;
        Ok(Response::new(AuthUserGetResponse {
            header: self.header(),
            roles: user.roles.clone(),
        }))
    }

    async fn user_list(
        &self,
        request: Request<AuthUserListRequest>,
    ) -> Result<Response<AuthUserListResponse>, Status> {
        admin(&self.member, &request)?;
        self.member.read_barrier().await?;
        Ok(Response::new(AuthUserListResponse {
            header: self.header(),
            users: self.member.auth.current().user_names(),
        }))
    }

    async fn user_delete(
        &self,
        request: Request<AuthUserDeleteRequest>,
    ) -> Result<Response<AuthUserDeleteResponse>, Status> {
        let change = Internal::UserDelete(request.get_ref().clone());
        self.change(&request, change).await?;
        Ok(Response::new(AuthUserDeleteResponse {
            header: self.header(),
        }))
    }

    async fn user_change_password(
        &self,
        request: Request<AuthUserChangePasswordRequest>,
    ) -> Result<Response<AuthUserChangePasswordResponse>, Status> {
        let who = self.who(&request)?;
        let mut change = request.into_inner();
        change.hashed_password = hash(
            std::mem::take(&mut change.password),
            self.member.auth.bcrypt_cost,
        )
        .await?;
        self.member
            .propose_as(Internal::UserChangePassword(change), who.as_ref())
            .await?;
        Ok(Response::new(AuthUserChangePasswordResponse {
            header: self.header(),
        }))
    }

    async fn user_grant_role(
        &self,
        request: Request<AuthUserGrantRoleRequest>,
    ) -> Result<Response<AuthUserGrantRoleResponse>, Status> {
        let change = Internal::UserGrantRole(request.get_ref().clone());
        self.change(&request, change).await?;
        Ok(Response::new(AuthUserGrantRoleResponse {
            header: self.header(),
        }))
    }

    async fn user_revoke_role(
        &self,
        request: Request<AuthUserRevokeRoleRequest>,
    ) -> Result<Response<AuthUserRevokeRoleResponse>, Status> {
        let change = Internal::UserRevokeRole(request.get_ref().clone());
        self.change(&request, change).await?;
        Ok(Response::new(AuthUserRevokeRoleResponse {
            header: self.header(),
        }))
    }

    async fn role_add(
        &self,
        request: Request<AuthRoleAddRequest>,
    ) -> Result<Response<AuthRoleAddResponse>, Status> {
        let change = Internal::RoleAdd(request.get_ref().clone());
        self.change(&request, change).await?;
        Ok(Response::new(AuthRoleAddResponse {
            header: self.header(),
        }))
    }

    async fn role_get(
        &self,
        request: Request<AuthRoleGetRequest>,
    ) -> Result<Response<AuthRoleGetResponse>, Status> {
        let who = self.who(&request)?;
        let name = request.into_inner().role;
        self.member.read_barrier().await?;
        let state = self.member.auth.current();
        // Root, or a user holding the role.
        let holds = who.as_ref().is_some_and(|w| {
            state
                .user(&w.username)
                .is_some_and(|u| u.roles.contains(&name))
        });
        if state.enabled && !holds {
            state.check_admin(who.as_ref())?;
        }
        let role = state.role(&name).ok_or(AuthError::RoleNotFound)?;
        Ok(Response::new(AuthRoleGetResponse {
            header: self.header(),
            perm: role.key_permission.clone(),
        }))
    }

    async fn role_list(
        &self,
        request: Request<AuthRoleListRequest>,
    ) -> Result<Response<AuthRoleListResponse>, Status> {
        admin(&self.member, &request)?;
        self.member.read_barrier().await?;
        Ok(Response::new(AuthRoleListResponse {
            header: self.header(),
            roles: self.member.auth.current().role_names(),
        }))
    }

    async fn role_delete(
        &self,
        request: Request<AuthRoleDeleteRequest>,
    ) -> Result<Response<AuthRoleDeleteResponse>, Status> {
        let change = Internal::RoleDelete(request.get_ref().clone());
        self.change(&request, change).await?;
        Ok(Response::new(AuthRoleDeleteResponse {
            header: self.header(),
        }))
    }

    async fn role_grant_permission(
        &self,
        request: Request<AuthRoleGrantPermissionRequest>,
    ) -> Result<Response<AuthRoleGrantPermissionResponse>, Status> {
        let change = Internal::RoleGrantPermission(request.get_ref().clone());
        self.change(&request, change).await?;
        Ok(Response::new(AuthRoleGrantPermissionResponse {
            header: self.header(),
        }))
    }

    async fn role_revoke_permission(
        &self,
        request: Request<AuthRoleRevokePermissionRequest>,
    ) -> Result<Response<AuthRoleRevokePermissionResponse>, Status> {
        let change = Internal::RoleRevokePermission(request.get_ref().clone());
        self.change(&request, change).await?;
        Ok(Response::new(AuthRoleRevokePermissionResponse {
            header: self.header(),
        }))
    }
}

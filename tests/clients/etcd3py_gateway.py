"""etcd3-py (PyPI), a client that speaks only the JSON gateway, against one member.

Usage: etcd3py_gateway.py HOST PORT. Exits 0 when every step did what etcd does; prints the
step that did not otherwise. The test runs it against etcd 3.5 as well as ctl, so a step that
fails on etcd is this script's mistake, not ctl's.
"""

import sys
import threading
import time

from etcd3 import Client
from etcd3.stateful.lock import EtcdLockAcquireTimeout, Lock


def step(name):
    print(f"step: {name}", flush=True)


def main(host, port):
    c = Client(host, int(port), timeout=10)
    # Keys of this run only, so the script can run again against the same member.
    run = f"py{time.time_ns()}"

    step("version picks the /v3 prefix")
    version = c.version()
    assert version.etcdserver.startswith("3.5."), version
    assert c.api_prefix == "/v3", c.api_prefix

    step("put, range, prefix range, delete")
    c.put(f"{run}/a", "1")
    c.put(f"{run}/b", "2")
    c.put(f"{run}/c", "3")
    kvs = c.range(f"{run}/a").kvs
    assert [(kv.key, kv.value) for kv in kvs] == [(f"{run}/a".encode(), b"1")], kvs
    listed = c.range(f"{run}/", prefix=True)
    assert [kv.key for kv in listed.kvs] == [f"{run}/a".encode(), f"{run}/b".encode(), f"{run}/c".encode()], listed
    assert listed.count == 3, listed
    deleted = c.delete_range(f"{run}/c", prev_kv=True)
    assert deleted.deleted == 1 and deleted.prev_kvs[0].value == b"3", deleted

    step("txn on value and create revision")
    created = c.range(f"{run}/a").kvs[0].create_revision
    txn = c.Txn()
    txn.compare(txn.key(f"{run}/a").value == "1")
    txn.compare(txn.key(f"{run}/a").create == created)
    txn.success(txn.put(f"{run}/a", "changed"))
    txn.failure(txn.range(f"{run}/a"))
    result = txn.commit()
    assert result.succeeded, result
    txn = c.Txn()
    txn.compare(txn.key(f"{run}/a").value == "1")
    txn.success(txn.put(f"{run}/a", "wrong"))
    txn.failure(txn.range(f"{run}/a"))
    result = txn.commit()
    assert not result.succeeded, result
    assert result.responses[0].response_range.kvs[0].value == b"changed", result

    step("lease grant, keep-alive, time-to-live, revoke")
    lease = c.lease_grant(TTL=30)
    c.put(f"{run}/leased", "x", lease=lease.ID)
    kept = c.lease_keep_alive_once(ID=lease.ID)
    assert kept.TTL == 30, kept
    ttl = c.lease_time_to_live(ID=lease.ID, keys=True)
    assert ttl.grantedTTL == 30 and ttl.keys == [f"{run}/leased".encode()], ttl
    c.lease_revoke(ID=lease.ID)
    assert c.range(f"{run}/leased").kvs is None or c.range(f"{run}/leased").kvs == [], "revoked lease kept its key"

    step("watch from a revision, then live events")
    start = c.range(f"{run}/a").header.revision
    seen = []
    done = threading.Event()
    w = c.Watcher(f"{run}/w", prefix=True, start_revision=start)

    def on_event(event):
        seen.append((event.key, event.value))
        if len(seen) == 2:
            done.set()

    w.onEvent(on_event)
    w.runDaemon()
    time.sleep(0.5)
    c.put(f"{run}/w/1", "one")
    c.put(f"{run}/w/2", "two")
    assert done.wait(10), f"watch saw only {seen}"
    w.stop()
    assert seen == [(f"{run}/w/1".encode(), b"one"), (f"{run}/w/2".encode(), b"two")], seen

    step("a lock held by one is waited for by another (etcd3-py's own lock on txn and watch)")
    first = Lock(c, f"{run}-lock", lock_ttl=10)
    assert first.acquire(timeout=5)
    second = Lock(c, f"{run}-lock", lock_ttl=10)
    try:
        second.acquire(timeout=1)
        raise AssertionError("a second holder got a held lock")
    except EtcdLockAcquireTimeout:
        pass
    first.release()
    assert second.acquire(timeout=5), "the lock was not handed over"
    second.release()

    step("the Lock service: lock, unlock")
    held = c.lock(f"{run}-service-lock")
    assert held.key.startswith(f"{run}-service-lock/".encode()), held
    c.unlock(held.key)

    step("auth: users and roles, then a client that authenticates")
    c.user_add("root", "rootpw")
    c.role_add("root")
    c.user_grant_role("root", "root")
    c.auth_enable()
    try:
        anonymous = Client(host, int(port), timeout=10)
        try:
            anonymous.range(f"{run}/a")
            raise AssertionError("a request without credentials was served with auth on")
        except Exception as e:  # etcd3-py raises its own error types, by gRPC code
            assert "user name is empty" in str(e) or "permission denied" in str(e), repr(e)
        root = Client(host, int(port), username="root", password="rootpw", timeout=10)
        root.auth()
        assert root.range(f"{run}/a").kvs[0].value == b"changed"
        root.auth_disable()
        c.user_delete("root")
        c.role_delete("root")
    except Exception:
        root = Client(host, int(port), username="root", password="rootpw")
        root.auth()
        root.auth_disable()
        raise

    print("ok", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])

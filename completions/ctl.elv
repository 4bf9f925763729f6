
use builtin;
use str;

set edit:completion:arg-completer[ctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'ctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'ctl'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand pki 'cfssl-compatible certificate tooling: CA, client, server and peer certificates'
            cand render-units 'Render per-member systemd units, etcd config files or environment files from one cluster description'
            cand serve 'Run an etcd v3 member (etcd''s flags and ETCD_* variables; the real etcdctl works against it)'
            cand up 'Start a secure local cluster: certificates, units, members on 127.0.0.1…N, health'
            cand down 'Stop a sandbox started with `ctl up --detach`'
            cand cluster-health 'Check every member''s health, as `etcdctl cluster-health` did (v3 API; real etcd or ctl)'
            cand member 'List, add, remove, update or promote members'
            cand endpoint 'Per-endpoint health, status and data hashes'
            cand get 'Get keys (a key, a range, a prefix)'
            cand put 'Put a key'
            cand del 'Delete keys (a key, a range, a prefix)'
            cand watch 'Print changes to keys until interrupted'
            cand txn 'Run a transaction read from standard input (etcdctl''s txn format)'
            cand lease 'Grant, revoke, inspect, list and keep alive leases'
            cand user 'Add, delete, inspect and list users; grant and revoke their roles; change passwords'
            cand role 'Add, delete, inspect and list roles; grant and revoke their permissions'
            cand auth 'Turn authentication on or off, or show whether it is on'
            cand lock 'Acquire a named lock, then hold it until interrupted or run a command while holding it'
            cand elect 'Campaign in a named election and lead until interrupted, or watch its leader (--listen)'
            cand make-mirror 'Copy keys to another cluster, then keep copying every change, until interrupted'
            cand snapshot 'Save a member''s backend to a file'
            cand move-leader 'Hand the leadership to another member'
            cand defrag 'Defragment members'' backends, returning freed space to the file system'
            cand compaction 'Discard the key history before a revision'
            cand alarm 'List or disarm alarms (NOSPACE, CORRUPT)'
            cand bench 'Load a cluster like etcd''s benchmark tool: put, range, txn-put, watch-latency'
            cand check 'Check the cluster as etcdctl check does: perf (throughput and latency under a load model) and datascale (memory per stored data)'
            cand version 'Print ctl''s version and the etcd API version it speaks (as etcdctl version)'
            cand completions 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;pki'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand print-defaults 'Print an example signing config, certificate request or init profile'
            cand gencert 'Make a key and a certificate: a new CA with --initca, else signed by --ca'
            cand genkey 'Make a key and a certificate request (CSR)'
            cand sign 'Sign a certificate request (CSR PEM) with a CA'
            cand selfsign 'Make a key and a self-signed certificate for HOSTNAME'
            cand certinfo 'Describe a certificate or CSR (cfssl certinfo''s JSON, or text)'
            cand init 'Make the whole etcd set (CA, client, server, peer) in one step'
            cand check 'Check a PKI directory: chains, key pairs, usages, hosts, expiry, key file modes'
            cand renew 'Re-issue certificates from the directory''s CA: same subject, SANs and usages, new validity'
            cand add-host 'Re-issue the server and peer certificates with more hosts in their SANs (a new member''s address)'
            cand rotate-ca 'Move a directory to a new CA with no restart: start (bundle of both CAs, leaves re-issued), then finish'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;pki;print-defaults'= {
            cand --format 'JSON (cfssl''s format) or YAML'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;pki;gencert'= {
            cand --ca 'CA certificate (PEM)'
            cand --ca-key 'CA private key (PEM: PKCS#1, SEC1 or PKCS#8)'
            cand --config 'Signing config (cfssl''s ca-config.json, or YAML)'
            cand --profile 'Profile of the signing config to sign under [default: the config''s default profile]'
            cand --hostname 'Hosts for the certificate, comma-separated; replaces the request''s hosts'
            cand --bare 'Write NAME.pem, NAME-key.pem and NAME.csr, as `cfssljson -bare NAME` does [default: from the command]'
            cand --out 'Directory for the files'
            cand --initca 'Make a new self-signed CA from the request'
            cand --json 'Print cfssl''s JSON response instead of writing files (pipe it to cfssljson)'
            cand --force 'Overwrite existing key files without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;pki;genkey'= {
            cand --bare 'Write NAME.pem, NAME-key.pem and NAME.csr, as `cfssljson -bare NAME` does [default: from the command]'
            cand --out 'Directory for the files'
            cand --initca 'Make the request for a CA (CA:TRUE)'
            cand --json 'Print cfssl''s JSON response instead of writing files (pipe it to cfssljson)'
            cand --force 'Overwrite existing key files without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;pki;sign'= {
            cand --ca 'CA certificate (PEM)'
            cand --ca-key 'CA private key (PEM: PKCS#1, SEC1 or PKCS#8)'
            cand --config 'Signing config (cfssl''s ca-config.json, or YAML)'
            cand --profile 'Profile of the signing config to sign under [default: the config''s default profile]'
            cand --hostname 'Hosts for the certificate, comma-separated; replaces the request''s hosts'
            cand --bare 'Write NAME.pem, NAME-key.pem and NAME.csr, as `cfssljson -bare NAME` does [default: from the command]'
            cand --out 'Directory for the files'
            cand --json 'Print cfssl''s JSON response instead of writing files (pipe it to cfssljson)'
            cand --force 'Overwrite existing key files without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;pki;selfsign'= {
            cand --config 'Signing config for usages and expiry'
            cand --profile 'Profile of the signing config'
            cand --bare 'Write NAME.pem, NAME-key.pem and NAME.csr, as `cfssljson -bare NAME` does [default: from the command]'
            cand --out 'Directory for the files'
            cand --json 'Print cfssl''s JSON response instead of writing files (pipe it to cfssljson)'
            cand --force 'Overwrite existing key files without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;pki;certinfo'= {
            cand --cert 'Certificate file (PEM)'
            cand --csr 'Certificate request file (PEM)'
            cand -o 'JSON as cfssl certinfo prints it, or text for people'
            cand --output 'JSON as cfssl certinfo prints it, or text for people'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;pki;init'= {
            cand --profile 'Profile (YAML or JSON): signing config, CA request and the set''s requests; see `ctl pki print-defaults init`'
            cand --hosts 'Member addresses for the server and peer certificates, comma-separated (127.0.0.1 and localhost are always added)'
            cand --per-member 'One server and peer pair per member, server-NAME.pem and peer-NAME.pem valid for that member''s host only: NAME=HOST,… (instead of --hosts)'
            cand --dir 'Directory for the files'
            cand --ca-name 'The CA''s common name'
            cand --key-algo 'Key algorithm for every key [default: the seed''s RSA-2048 CA and ECDSA P-256 certificates]'
            cand --key-size 'Key size: 2048, 3072 or 4096 for rsa; 256, 384 or 521 for ecdsa'
            cand --expiry 'Lifetime of every certificate, as a Go duration'
            cand -y 'Never ask: take the flags and defaults as they are'
            cand --yes 'Never ask: take the flags and defaults as they are'
            cand --force 'Overwrite existing key files without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;pki;check'= {
            cand --dir 'The PKI directory (ca.pem, NAME.pem, NAME-key.pem)'
            cand --hosts 'Hosts every server and peer certificate must cover, comma-separated'
            cand -o 'Table for people, JSON for scripts'
            cand --output 'Table for people, JSON for scripts'
            cand --endpoints 'Check the certificates live members serve on these client and peer URLs (comma-separated or repeated): chain, SANs, usages, expiry'
            cand --cacert 'Trusted CAs for --endpoints [default: DIR/ca.pem]'
            cand --cert 'Client certificate to offer with --endpoints, for listeners that require one [default: DIR/client.pem if present]'
            cand --key 'Key of --cert'
            cand --expiration 'List every certificate with its expiry and days left, as kubeadm''s check-expiration'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;pki;renew'= {
            cand --dir 'The PKI directory (ca.pem, ca-key.pem, NAME.pem, NAME-key.pem)'
            cand --expiry 'New lifetime, as 8760h or 365d [default: the lifetime each certificate had]'
            cand --within 'Renew only certificates that expire within this window, as 30d or 720h (for a timer)'
            cand --rekey 'Make new keys (of the same kind) instead of keeping the existing ones'
            cand --no-backup 'Do not keep the replaced files as NAME.pem.previous (and NAME-key.pem.previous)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;pki;add-host'= {
            cand --dir 'The PKI directory (ca.pem, ca-key.pem, NAME.pem, NAME-key.pem)'
            cand --member 'For a set made with init --per-member: the new member''s own pair, server-NAME.pem and peer-NAME.pem, for HOST'
            cand --no-backup 'Do not keep the replaced files as NAME.pem.previous'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;pki;rotate-ca'= {
            cand --dir 'The PKI directory (ca.pem, ca-key.pem, NAME.pem, NAME-key.pem)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand start 'Make a new CA; ca.pem becomes the bundle new + old, and every certificate is re-issued from the new CA'
            cand finish 'Drop the old CA from ca.pem, once every certificate is signed by the new one'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;pki;rotate-ca;start'= {
            cand --ca-name 'The new CA''s common name [default: the old one''s, with the date of the rotation]'
            cand --dir 'The PKI directory (ca.pem, ca-key.pem, NAME.pem, NAME-key.pem)'
            cand --rekey 'New keys for the re-issued certificates too'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;pki;rotate-ca;finish'= {
            cand --dir 'The PKI directory (ca.pem, ca-key.pem, NAME.pem, NAME-key.pem)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;pki;rotate-ca;help'= {
            cand start 'Make a new CA; ca.pem becomes the bundle new + old, and every certificate is re-issued from the new CA'
            cand finish 'Drop the old CA from ca.pem, once every certificate is signed by the new one'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;pki;rotate-ca;help;start'= {
        }
        &'ctl;pki;rotate-ca;help;finish'= {
        }
        &'ctl;pki;rotate-ca;help;help'= {
        }
        &'ctl;pki;help'= {
            cand print-defaults 'Print an example signing config, certificate request or init profile'
            cand gencert 'Make a key and a certificate: a new CA with --initca, else signed by --ca'
            cand genkey 'Make a key and a certificate request (CSR)'
            cand sign 'Sign a certificate request (CSR PEM) with a CA'
            cand selfsign 'Make a key and a self-signed certificate for HOSTNAME'
            cand certinfo 'Describe a certificate or CSR (cfssl certinfo''s JSON, or text)'
            cand init 'Make the whole etcd set (CA, client, server, peer) in one step'
            cand check 'Check a PKI directory: chains, key pairs, usages, hosts, expiry, key file modes'
            cand renew 'Re-issue certificates from the directory''s CA: same subject, SANs and usages, new validity'
            cand add-host 'Re-issue the server and peer certificates with more hosts in their SANs (a new member''s address)'
            cand rotate-ca 'Move a directory to a new CA with no restart: start (bundle of both CAs, leaves re-issued), then finish'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;pki;help;print-defaults'= {
        }
        &'ctl;pki;help;gencert'= {
        }
        &'ctl;pki;help;genkey'= {
        }
        &'ctl;pki;help;sign'= {
        }
        &'ctl;pki;help;selfsign'= {
        }
        &'ctl;pki;help;certinfo'= {
        }
        &'ctl;pki;help;init'= {
        }
        &'ctl;pki;help;check'= {
        }
        &'ctl;pki;help;renew'= {
        }
        &'ctl;pki;help;add-host'= {
        }
        &'ctl;pki;help;rotate-ca'= {
            cand start 'Make a new CA; ca.pem becomes the bundle new + old, and every certificate is re-issued from the new CA'
            cand finish 'Drop the old CA from ca.pem, once every certificate is signed by the new one'
        }
        &'ctl;pki;help;rotate-ca;start'= {
        }
        &'ctl;pki;help;rotate-ca;finish'= {
        }
        &'ctl;pki;help;help'= {
        }
        &'ctl;render-units'= {
            cand --init 'Write an example cluster description (the seed''s cluster) to FILE and stop'
            cand -c 'The cluster description (YAML or JSON)'
            cand --cluster 'The cluster description (YAML or JSON)'
            cand -m 'With --cluster: render only this member. Without: define a member as NAME=ADDRESS (repeat)'
            cand --member 'With --cluster: render only this member. Without: define a member as NAME=ADDRESS (repeat)'
            cand --format 'What to render'
            cand --out 'Directory to write <member>/<file> into'
            cand --template 'Render with this minijinja template instead of the built-in one'
            cand --check-pki 'Check that the certificates in DIR fit the members before writing'
            cand --pki-dir 'PKI directory with server.pem, server-key.pem, peer.pem, peer-key.pem, ca.pem'
            cand --token '--initial-cluster-token'
            cand --data-dir 'Data directory'
            cand --heartbeat-interval 'Heartbeat interval in milliseconds'
            cand --election-timeout 'Election timeout in milliseconds'
            cand --binary 'The member command, e.g. /usr/local/bin/etcd or "/usr/local/bin/ctl serve"'
            cand --stdout 'Print instead of writing files'
            cand --print-template 'Print the built-in template for --format and the variables it gets'
            cand --force 'Overwrite an existing file with --init'
            cand --per-member-certs 'Each member uses its own pair, server-NAME.pem and peer-NAME.pem (from `ctl pki init --per-member`)'
            cand --no-tls 'Plain http instead of TLS'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;serve'= {
            cand --name 'Human-readable name of this member'
            cand --data-dir 'Data directory [default: <name>.etcd]'
            cand --listen-client-urls 'URLs to serve clients on, comma-separated'
            cand --advertise-client-urls 'Client URLs advertised to the cluster'
            cand --listen-peer-urls 'URLs to serve peers on'
            cand --initial-advertise-peer-urls 'Peer URLs advertised to the cluster'
            cand --initial-cluster 'Every member at bootstrap: name=peerURL,…'
            cand --initial-cluster-state 'new, or existing to join a running cluster'
            cand --initial-cluster-token 'Token that keeps separate clusters apart'
            cand --heartbeat-interval 'Milliseconds between leader heartbeats'
            cand --election-timeout 'Milliseconds without a heartbeat before an election'
            cand --snapshot-count 'Applied entries between snapshots of the log'
            cand --cert-file 'Client server certificate'
            cand --key-file 'Client server key'
            cand --trusted-ca-file 'CA that client certificates must chain to'
            cand --peer-cert-file 'Peer certificate'
            cand --peer-key-file 'Peer key'
            cand --peer-trusted-ca-file 'CA that peer certificates must chain to'
            cand --client-crl-file 'Certificate revocation list (PEM or DER) checked against client certificates'
            cand --peer-crl-file 'Certificate revocation list (PEM or DER) checked against peer certificates'
            cand --client-cert-allowed-hostname 'Client certificates must name one of these hosts in their SANs, comma-separated'
            cand --peer-cert-allowed-cn 'Peer certificates must have one of these common names, comma-separated'
            cand --peer-cert-allowed-hostname 'Peer certificates must name one of these hosts in their SANs, comma-separated'
            cand --cipher-suites 'TLS 1.2 cipher suites by their IANA names, comma-separated (TLS 1.3''s are always on)'
            cand --tls-min-version 'Lowest TLS version: TLS1.2 or TLS1.3'
            cand --tls-max-version 'Highest TLS version: TLS1.2 or TLS1.3 (empty: the highest there is)'
            cand --quota-backend-bytes 'Backend size that raises the NOSPACE alarm'
            cand --max-request-bytes 'Largest client request accepted'
            cand --max-txn-ops 'Most operations in one transaction'
            cand --auto-compaction-mode 'periodic or revision'
            cand --auto-compaction-retention 'Hours (or a duration like 30m) for periodic; revisions to keep for revision; 0 is off'
            cand --auth-token 'Auth tokens: simple, or jwt,pub-key=FILE,priv-key=FILE,sign-method=RS256|ES256|EdDSA|…[,ttl=5m]'
            cand --auth-token-ttl 'Seconds a simple token lives after its last use'
            cand --bcrypt-cost 'bcrypt cost of stored passwords (4–31)'
            cand --listen-metrics-urls 'More URLs that serve /metrics and /health alone (http or https, with the client TLS files), comma-separated'
            cand --metrics 'basic, or extensive to add gRPC handling-time histograms'
            cand --log-level 'debug, info, warn or error'
            cand --config-file 'etcd''s YAML configuration file; when given, it replaces the flags and variables'
            cand --client-cert-auth 'Require client certificates'
            cand --peer-client-cert-auth 'Require peer certificates'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;up'= {
            cand --members 'How many members (1 to 7), on 127.0.0.1, 127.0.0.2, … [default: 3]'
            cand --dir 'The sandbox directory; an existing sandbox is restarted with its data'
            cand --client-port 'Every member''s client port, on its own address'
            cand --peer-port 'Every member''s peer port, on its own address'
            cand --timeout 'How long the cluster may take to become healthy'
            cand -d 'Return once the cluster is healthy, leaving the members running (stop them with `ctl down`)'
            cand --detach 'Return once the cluster is healthy, leaving the members running (stop them with `ctl down`)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;down'= {
            cand --dir 'The sandbox directory'
            cand --purge 'Also delete the sandbox: certificates, data and logs'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;cluster-health'= {
            cand -f 'Check again every SECONDS until interrupted'
            cand --watch 'Check again every SECONDS until interrupted'
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;member'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the members: ID, status, name, peer and client URLs, learner'
            cand add 'Add a member (start it afterwards with the printed settings)'
            cand remove 'Remove a member (by hex ID or name)'
            cand update 'Change a member''s peer URLs (by hex ID or name)'
            cand promote 'Promote a learner to a voting member (by hex ID or name)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;member;list'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;member;add'= {
            cand --peer-urls 'The new member''s peer URLs, comma-separated'
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --learner 'Add it as a learner, which gets the log but does not vote until promoted'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;member;remove'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;member;update'= {
            cand --peer-urls 'The new peer URLs, comma-separated'
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;member;promote'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;member;help'= {
            cand list 'List the members: ID, status, name, peer and client URLs, learner'
            cand add 'Add a member (start it afterwards with the printed settings)'
            cand remove 'Remove a member (by hex ID or name)'
            cand update 'Change a member''s peer URLs (by hex ID or name)'
            cand promote 'Promote a learner to a voting member (by hex ID or name)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;member;help;list'= {
        }
        &'ctl;member;help;add'= {
        }
        &'ctl;member;help;remove'= {
        }
        &'ctl;member;help;update'= {
        }
        &'ctl;member;help;promote'= {
        }
        &'ctl;member;help;help'= {
        }
        &'ctl;endpoint'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --cluster 'Use every member''s client URLs (from the member list) instead of --endpoints'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand health 'Whether each endpoint commits a read through raft and has no alarm'
            cand status 'Each endpoint''s member ID, version, database size, leadership and raft indexes'
            cand hashkv 'Each endpoint''s hash of its keys and values (equal hashes: equal data)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;endpoint;health'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --cluster 'Use every member''s client URLs (from the member list) instead of --endpoints'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;endpoint;status'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --cluster 'Use every member''s client URLs (from the member list) instead of --endpoints'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;endpoint;hashkv'= {
            cand --rev 'Hash up to this revision (0: the latest)'
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --cluster 'Use every member''s client URLs (from the member list) instead of --endpoints'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;endpoint;help'= {
            cand health 'Whether each endpoint commits a read through raft and has no alarm'
            cand status 'Each endpoint''s member ID, version, database size, leadership and raft indexes'
            cand hashkv 'Each endpoint''s hash of its keys and values (equal hashes: equal data)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;endpoint;help;health'= {
        }
        &'ctl;endpoint;help;status'= {
        }
        &'ctl;endpoint;help;hashkv'= {
        }
        &'ctl;endpoint;help;help'= {
        }
        &'ctl;get'= {
            cand --limit 'At most this many keys'
            cand --rev 'Read at this revision (0: the latest)'
            cand --consistency 'l: linearizable (through the leader); s: serializable (this member''s copy, faster)'
            cand --sort-by 'Sort by this field'
            cand --order 'Sort order'
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --prefix 'Every key that starts with KEY'
            cand --from-key 'Every key from KEY on'
            cand --keys-only 'Keys without values'
            cand --count-only 'Only the number of keys'
            cand --print-value-only 'Values without keys'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;put'= {
            cand --lease 'Attach the key to this lease (hex ID)'
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --prev-kv 'Print the previous key-value'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;del'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --prefix 'Every key that starts with KEY'
            cand --from-key 'Every key from KEY on'
            cand --prev-kv 'Print the deleted key-values'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;watch'= {
            cand --rev 'Start from this revision (0: from now); history must not be compacted'
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --prefix 'Every key that starts with KEY'
            cand --from-key 'Every key from KEY on'
            cand --prev-kv 'Print each event''s previous key-value'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;txn'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;lease'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand grant 'Grant a lease with a TTL in seconds'
            cand revoke 'Revoke a lease, deleting its keys'
            cand timetolive 'Show a lease''s granted and remaining TTL'
            cand list 'List the leases'
            cand keep-alive 'Keep a lease alive until interrupted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;lease;grant'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;lease;revoke'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;lease;timetolive'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --keys 'List the keys attached to it'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;lease;list'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;lease;keep-alive'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --once 'Renew once and exit'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;lease;help'= {
            cand grant 'Grant a lease with a TTL in seconds'
            cand revoke 'Revoke a lease, deleting its keys'
            cand timetolive 'Show a lease''s granted and remaining TTL'
            cand list 'List the leases'
            cand keep-alive 'Keep a lease alive until interrupted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;lease;help;grant'= {
        }
        &'ctl;lease;help;revoke'= {
        }
        &'ctl;lease;help;timetolive'= {
        }
        &'ctl;lease;help;list'= {
        }
        &'ctl;lease;help;keep-alive'= {
        }
        &'ctl;lease;help;help'= {
        }
        &'ctl;user'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user: NAME or NAME:PASSWORD (asked for twice on a terminal when left out)'
            cand delete 'Delete a user'
            cand get 'Show a user''s roles'
            cand list 'List the users'
            cand passwd 'Change a user''s password'
            cand grant-role 'Grant a role to a user'
            cand revoke-role 'Revoke a role from a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;user;add'= {
            cand --interactive 'Ask for the password on the terminal; false reads one line from standard input'
            cand --new-user-password 'The new user''s password, instead of asking'
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --no-password 'A user without a password (it logs in with a client certificate)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;user;delete'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;user;get'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --detail 'Show each role''s permissions too'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;user;list'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;user;passwd'= {
            cand --interactive 'Ask on the terminal; false reads one line from standard input'
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;user;grant-role'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;user;revoke-role'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;user;help'= {
            cand add 'Add a user: NAME or NAME:PASSWORD (asked for twice on a terminal when left out)'
            cand delete 'Delete a user'
            cand get 'Show a user''s roles'
            cand list 'List the users'
            cand passwd 'Change a user''s password'
            cand grant-role 'Grant a role to a user'
            cand revoke-role 'Revoke a role from a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;user;help;add'= {
        }
        &'ctl;user;help;delete'= {
        }
        &'ctl;user;help;get'= {
        }
        &'ctl;user;help;list'= {
        }
        &'ctl;user;help;passwd'= {
        }
        &'ctl;user;help;grant-role'= {
        }
        &'ctl;user;help;revoke-role'= {
        }
        &'ctl;user;help;help'= {
        }
        &'ctl;role'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a role'
            cand delete 'Delete a role'
            cand get 'Show a role''s permissions'
            cand list 'List the roles'
            cand grant-permission 'Grant read, write or readwrite on a key, a range [KEY, END), a prefix or from a key'
            cand revoke-permission 'Revoke a permission (KEY and END as it was granted)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;role;add'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;role;delete'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;role;get'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;role;list'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;role;grant-permission'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --prefix 'The permission covers every key starting with KEY'
            cand --from-key 'The permission covers KEY and every key after it'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;role;revoke-permission'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --prefix 'prefix'
            cand --from-key 'from-key'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;role;help'= {
            cand add 'Add a role'
            cand delete 'Delete a role'
            cand get 'Show a role''s permissions'
            cand list 'List the roles'
            cand grant-permission 'Grant read, write or readwrite on a key, a range [KEY, END), a prefix or from a key'
            cand revoke-permission 'Revoke a permission (KEY and END as it was granted)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;role;help;add'= {
        }
        &'ctl;role;help;delete'= {
        }
        &'ctl;role;help;get'= {
        }
        &'ctl;role;help;list'= {
        }
        &'ctl;role;help;grant-permission'= {
        }
        &'ctl;role;help;revoke-permission'= {
        }
        &'ctl;role;help;help'= {
        }
        &'ctl;auth'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand enable 'Turn authentication on (creates the root role for the root user when it lacks one)'
            cand disable 'Turn authentication off'
            cand status 'Whether authentication is on, and the auth store''s revision'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;auth;enable'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;auth;disable'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;auth;status'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;auth;help'= {
            cand enable 'Turn authentication on (creates the root role for the root user when it lacks one)'
            cand disable 'Turn authentication off'
            cand status 'Whether authentication is on, and the auth store''s revision'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;auth;help;enable'= {
        }
        &'ctl;auth;help;disable'= {
        }
        &'ctl;auth;help;status'= {
        }
        &'ctl;auth;help;help'= {
        }
        &'ctl;lock'= {
            cand --ttl 'The TTL of the lock''s lease, in seconds: how long the lock outlives a holder that dies'
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;elect'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand -l 'Print the leader''s key and value at each change instead of campaigning'
            cand --listen 'Print the leader''s key and value at each change instead of campaigning'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;make-mirror'= {
            cand --prefix 'Mirror only the keys under this prefix'
            cand --dest-prefix 'Put the mirrored keys under this prefix at the destination (instead of --prefix)'
            cand --max-txn-ops 'Most changes in one txn at the destination'
            cand --rev 'Start from this source revision instead of copying the current keys first'
            cand --dest-cacert 'The destination''s CA certificate'
            cand --dest-cert 'The client certificate for the destination'
            cand --dest-key 'Its private key'
            cand --dest-user 'The destination''s user: NAME or NAME:PASSWORD'
            cand --dest-password 'The destination user''s password'
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --no-dest-prefix 'Strip --prefix from the keys at the destination'
            cand --dest-insecure-skip-tls-verify 'Accept any certificate from the destination'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;snapshot'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand save 'Save a member''s backend to FILE in etcd''s format (bbolt and a SHA-256 trailer, as etcdctl writes it; 0600, checked, all or nothing), from etcd or ctl'
            cand status 'Print a snapshot''s hash, revision, total keys and size, as `etcdutl snapshot status`'
            cand restore 'Make a new member''s data dir from a snapshot (etcd''s or ctl''s), as `etcdutl snapshot restore`: every key with its revisions, leases, the compaction, and the membership the flags give'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;snapshot;save'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;snapshot;status'= {
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;snapshot;restore'= {
            cand --data-dir 'The data dir to create (must not exist, or be empty)'
            cand --name 'This member''s name'
            cand --initial-cluster 'Every member of the restored cluster: name=peerURL,…'
            cand --initial-cluster-token 'The restored cluster''s token (a new cluster identity)'
            cand --initial-advertise-peer-urls 'This member''s peer URLs'
            cand --bump-revision 'Move the revision on by this much (with --mark-compacted), so clients'' watches from before the restore resync instead of missing changes'
            cand --skip-hash-check 'Restore even without (or with a wrong) SHA-256 trailer, e.g. a member''s raw db file'
            cand --mark-compacted 'Mark the bumped revision compacted (with --bump-revision)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;snapshot;help'= {
            cand save 'Save a member''s backend to FILE in etcd''s format (bbolt and a SHA-256 trailer, as etcdctl writes it; 0600, checked, all or nothing), from etcd or ctl'
            cand status 'Print a snapshot''s hash, revision, total keys and size, as `etcdutl snapshot status`'
            cand restore 'Make a new member''s data dir from a snapshot (etcd''s or ctl''s), as `etcdutl snapshot restore`: every key with its revisions, leases, the compaction, and the membership the flags give'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;snapshot;help;save'= {
        }
        &'ctl;snapshot;help;status'= {
        }
        &'ctl;snapshot;help;restore'= {
        }
        &'ctl;snapshot;help;help'= {
        }
        &'ctl;move-leader'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;defrag'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --cluster 'Defragment every member (from the member list) instead of --endpoints'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;compaction'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --physical 'Wait until the compaction is applied to the backend'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;alarm'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the raised alarms'
            cand disarm 'Clear every alarm (after freeing space: compaction and defrag)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;alarm;list'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;alarm;disarm'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;alarm;help'= {
            cand list 'List the raised alarms'
            cand disarm 'Clear every alarm (after freeing space: compaction and defrag)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;alarm;help;list'= {
        }
        &'ctl;alarm;help;disarm'= {
        }
        &'ctl;alarm;help;help'= {
        }
        &'ctl;bench'= {
            cand --conns 'gRPC connections, shared by the clients'
            cand --clients 'Concurrent clients'
            cand --total 'Requests in all'
            cand --key-size 'Key size in bytes'
            cand --val-size 'Value size in bytes'
            cand --key-space-size 'How many distinct keys to write'
            cand --rate 'Requests per second over all clients (0: as fast as possible)'
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --sequential-keys 'Write keys in order instead of at random'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand put 'Put keys'
            cand range 'Read a key or range'
            cand txn-put 'Transactions of puts'
            cand watch-latency 'Latency from a put to its watch events (puts at --rate, default 100/s)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;bench;put'= {
            cand --conns 'gRPC connections, shared by the clients'
            cand --clients 'Concurrent clients'
            cand --total 'Requests in all'
            cand --key-size 'Key size in bytes'
            cand --val-size 'Value size in bytes'
            cand --key-space-size 'How many distinct keys to write'
            cand --rate 'Requests per second over all clients (0: as fast as possible)'
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --sequential-keys 'Write keys in order instead of at random'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;bench;range'= {
            cand --consistency 'l: linearizable, s: serializable'
            cand --conns 'gRPC connections, shared by the clients'
            cand --clients 'Concurrent clients'
            cand --total 'Requests in all'
            cand --key-size 'Key size in bytes'
            cand --val-size 'Value size in bytes'
            cand --key-space-size 'How many distinct keys to write'
            cand --rate 'Requests per second over all clients (0: as fast as possible)'
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --prefix 'Every key with the prefix KEY'
            cand --sequential-keys 'Write keys in order instead of at random'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;bench;txn-put'= {
            cand --txn-ops 'Puts per transaction'
            cand --conns 'gRPC connections, shared by the clients'
            cand --clients 'Concurrent clients'
            cand --total 'Requests in all'
            cand --key-size 'Key size in bytes'
            cand --val-size 'Value size in bytes'
            cand --key-space-size 'How many distinct keys to write'
            cand --rate 'Requests per second over all clients (0: as fast as possible)'
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --sequential-keys 'Write keys in order instead of at random'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;bench;watch-latency'= {
            cand --watchers 'Watch streams'
            cand --conns 'gRPC connections, shared by the clients'
            cand --clients 'Concurrent clients'
            cand --total 'Requests in all'
            cand --key-size 'Key size in bytes'
            cand --val-size 'Value size in bytes'
            cand --key-space-size 'How many distinct keys to write'
            cand --rate 'Requests per second over all clients (0: as fast as possible)'
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --sequential-keys 'Write keys in order instead of at random'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;bench;help'= {
            cand put 'Put keys'
            cand range 'Read a key or range'
            cand txn-put 'Transactions of puts'
            cand watch-latency 'Latency from a put to its watch events (puts at --rate, default 100/s)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;bench;help;put'= {
        }
        &'ctl;bench;help;range'= {
        }
        &'ctl;bench;help;txn-put'= {
        }
        &'ctl;bench;help;watch-latency'= {
        }
        &'ctl;bench;help;help'= {
        }
        &'ctl;check'= {
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand perf 'Put at the model''s rate for 60 s and judge as etcdctl does: no errors, at least 90% of the rate, no request over 0.5 s, a standard deviation under 0.1 s'
            cand datascale 'Put the model''s key-value pairs (1 KiB each) into the first endpoint and report how much its resident memory grew, from its /metrics'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;check;perf'= {
            cand --load 's (150 puts/s, 50 clients), m (1000, 200), l (8000, 500) or xl (15000, 1000)'
            cand --prefix 'Where the check''s keys go; it must hold no keys, and is emptied afterwards'
            cand --duration 'How long to put (etcdctl: always 60 s)'
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --auto-compact 'Compact to the revision of the final delete'
            cand --auto-defrag 'Defragment every endpoint afterwards'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;check;datascale'= {
            cand --load 's (10k pairs, 50 clients), m (100k, 200), l (1M, 500) or xl (3M, 1000)'
            cand --prefix 'Where the check''s keys go; it must hold no keys, and is emptied afterwards'
            cand --endpoints 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given'
            cand --cacert 'CA certificate that signed the members'' server certificates'
            cand --ca-file 'CA certificate that signed the members'' server certificates'
            cand --cert 'Client certificate, for members that require one (--client-cert-auth)'
            cand --cert-file 'Client certificate, for members that require one (--client-cert-auth)'
            cand --key 'Private key of the client certificate'
            cand --key-file 'Private key of the client certificate'
            cand --dial-timeout 'How long to wait for a connection (TCP and TLS)'
            cand --command-timeout 'How long to wait for an answer'
            cand --keepalive-time 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)'
            cand --keepalive-timeout 'How long a ping may go unanswered before the connection counts as lost'
            cand --insecure-transport 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise'
            cand -w 'Output format'
            cand --write-out 'Output format'
            cand --user 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)'
            cand --password 'The --user''s password (instead of NAME:PASSWORD)'
            cand --auto-compact 'Compact to the revision of the final delete'
            cand --auto-defrag 'Defragment every endpoint afterwards'
            cand --insecure-skip-tls-verify 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
            cand --debug 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error'
            cand --hex 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;check;help'= {
            cand perf 'Put at the model''s rate for 60 s and judge as etcdctl does: no errors, at least 90% of the rate, no request over 0.5 s, a standard deviation under 0.1 s'
            cand datascale 'Put the model''s key-value pairs (1 KiB each) into the first endpoint and report how much its resident memory grew, from its /metrics'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;check;help;perf'= {
        }
        &'ctl;check;help;datascale'= {
        }
        &'ctl;check;help;help'= {
        }
        &'ctl;version'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;completions'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ctl;help'= {
            cand pki 'cfssl-compatible certificate tooling: CA, client, server and peer certificates'
            cand render-units 'Render per-member systemd units, etcd config files or environment files from one cluster description'
            cand serve 'Run an etcd v3 member (etcd''s flags and ETCD_* variables; the real etcdctl works against it)'
            cand up 'Start a secure local cluster: certificates, units, members on 127.0.0.1…N, health'
            cand down 'Stop a sandbox started with `ctl up --detach`'
            cand cluster-health 'Check every member''s health, as `etcdctl cluster-health` did (v3 API; real etcd or ctl)'
            cand member 'List, add, remove, update or promote members'
            cand endpoint 'Per-endpoint health, status and data hashes'
            cand get 'Get keys (a key, a range, a prefix)'
            cand put 'Put a key'
            cand del 'Delete keys (a key, a range, a prefix)'
            cand watch 'Print changes to keys until interrupted'
            cand txn 'Run a transaction read from standard input (etcdctl''s txn format)'
            cand lease 'Grant, revoke, inspect, list and keep alive leases'
            cand user 'Add, delete, inspect and list users; grant and revoke their roles; change passwords'
            cand role 'Add, delete, inspect and list roles; grant and revoke their permissions'
            cand auth 'Turn authentication on or off, or show whether it is on'
            cand lock 'Acquire a named lock, then hold it until interrupted or run a command while holding it'
            cand elect 'Campaign in a named election and lead until interrupted, or watch its leader (--listen)'
            cand make-mirror 'Copy keys to another cluster, then keep copying every change, until interrupted'
            cand snapshot 'Save a member''s backend to a file'
            cand move-leader 'Hand the leadership to another member'
            cand defrag 'Defragment members'' backends, returning freed space to the file system'
            cand compaction 'Discard the key history before a revision'
            cand alarm 'List or disarm alarms (NOSPACE, CORRUPT)'
            cand bench 'Load a cluster like etcd''s benchmark tool: put, range, txn-put, watch-latency'
            cand check 'Check the cluster as etcdctl check does: perf (throughput and latency under a load model) and datascale (memory per stored data)'
            cand version 'Print ctl''s version and the etcd API version it speaks (as etcdctl version)'
            cand completions 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ctl;help;pki'= {
            cand print-defaults 'Print an example signing config, certificate request or init profile'
            cand gencert 'Make a key and a certificate: a new CA with --initca, else signed by --ca'
            cand genkey 'Make a key and a certificate request (CSR)'
            cand sign 'Sign a certificate request (CSR PEM) with a CA'
            cand selfsign 'Make a key and a self-signed certificate for HOSTNAME'
            cand certinfo 'Describe a certificate or CSR (cfssl certinfo''s JSON, or text)'
            cand init 'Make the whole etcd set (CA, client, server, peer) in one step'
            cand check 'Check a PKI directory: chains, key pairs, usages, hosts, expiry, key file modes'
            cand renew 'Re-issue certificates from the directory''s CA: same subject, SANs and usages, new validity'
            cand add-host 'Re-issue the server and peer certificates with more hosts in their SANs (a new member''s address)'
            cand rotate-ca 'Move a directory to a new CA with no restart: start (bundle of both CAs, leaves re-issued), then finish'
        }
        &'ctl;help;pki;print-defaults'= {
        }
        &'ctl;help;pki;gencert'= {
        }
        &'ctl;help;pki;genkey'= {
        }
        &'ctl;help;pki;sign'= {
        }
        &'ctl;help;pki;selfsign'= {
        }
        &'ctl;help;pki;certinfo'= {
        }
        &'ctl;help;pki;init'= {
        }
        &'ctl;help;pki;check'= {
        }
        &'ctl;help;pki;renew'= {
        }
        &'ctl;help;pki;add-host'= {
        }
        &'ctl;help;pki;rotate-ca'= {
            cand start 'Make a new CA; ca.pem becomes the bundle new + old, and every certificate is re-issued from the new CA'
            cand finish 'Drop the old CA from ca.pem, once every certificate is signed by the new one'
        }
        &'ctl;help;pki;rotate-ca;start'= {
        }
        &'ctl;help;pki;rotate-ca;finish'= {
        }
        &'ctl;help;render-units'= {
        }
        &'ctl;help;serve'= {
        }
        &'ctl;help;up'= {
        }
        &'ctl;help;down'= {
        }
        &'ctl;help;cluster-health'= {
        }
        &'ctl;help;member'= {
            cand list 'List the members: ID, status, name, peer and client URLs, learner'
            cand add 'Add a member (start it afterwards with the printed settings)'
            cand remove 'Remove a member (by hex ID or name)'
            cand update 'Change a member''s peer URLs (by hex ID or name)'
            cand promote 'Promote a learner to a voting member (by hex ID or name)'
        }
        &'ctl;help;member;list'= {
        }
        &'ctl;help;member;add'= {
        }
        &'ctl;help;member;remove'= {
        }
        &'ctl;help;member;update'= {
        }
        &'ctl;help;member;promote'= {
        }
        &'ctl;help;endpoint'= {
            cand health 'Whether each endpoint commits a read through raft and has no alarm'
            cand status 'Each endpoint''s member ID, version, database size, leadership and raft indexes'
            cand hashkv 'Each endpoint''s hash of its keys and values (equal hashes: equal data)'
        }
        &'ctl;help;endpoint;health'= {
        }
        &'ctl;help;endpoint;status'= {
        }
        &'ctl;help;endpoint;hashkv'= {
        }
        &'ctl;help;get'= {
        }
        &'ctl;help;put'= {
        }
        &'ctl;help;del'= {
        }
        &'ctl;help;watch'= {
        }
        &'ctl;help;txn'= {
        }
        &'ctl;help;lease'= {
            cand grant 'Grant a lease with a TTL in seconds'
            cand revoke 'Revoke a lease, deleting its keys'
            cand timetolive 'Show a lease''s granted and remaining TTL'
            cand list 'List the leases'
            cand keep-alive 'Keep a lease alive until interrupted'
        }
        &'ctl;help;lease;grant'= {
        }
        &'ctl;help;lease;revoke'= {
        }
        &'ctl;help;lease;timetolive'= {
        }
        &'ctl;help;lease;list'= {
        }
        &'ctl;help;lease;keep-alive'= {
        }
        &'ctl;help;user'= {
            cand add 'Add a user: NAME or NAME:PASSWORD (asked for twice on a terminal when left out)'
            cand delete 'Delete a user'
            cand get 'Show a user''s roles'
            cand list 'List the users'
            cand passwd 'Change a user''s password'
            cand grant-role 'Grant a role to a user'
            cand revoke-role 'Revoke a role from a user'
        }
        &'ctl;help;user;add'= {
        }
        &'ctl;help;user;delete'= {
        }
        &'ctl;help;user;get'= {
        }
        &'ctl;help;user;list'= {
        }
        &'ctl;help;user;passwd'= {
        }
        &'ctl;help;user;grant-role'= {
        }
        &'ctl;help;user;revoke-role'= {
        }
        &'ctl;help;role'= {
            cand add 'Add a role'
            cand delete 'Delete a role'
            cand get 'Show a role''s permissions'
            cand list 'List the roles'
            cand grant-permission 'Grant read, write or readwrite on a key, a range [KEY, END), a prefix or from a key'
            cand revoke-permission 'Revoke a permission (KEY and END as it was granted)'
        }
        &'ctl;help;role;add'= {
        }
        &'ctl;help;role;delete'= {
        }
        &'ctl;help;role;get'= {
        }
        &'ctl;help;role;list'= {
        }
        &'ctl;help;role;grant-permission'= {
        }
        &'ctl;help;role;revoke-permission'= {
        }
        &'ctl;help;auth'= {
            cand enable 'Turn authentication on (creates the root role for the root user when it lacks one)'
            cand disable 'Turn authentication off'
            cand status 'Whether authentication is on, and the auth store''s revision'
        }
        &'ctl;help;auth;enable'= {
        }
        &'ctl;help;auth;disable'= {
        }
        &'ctl;help;auth;status'= {
        }
        &'ctl;help;lock'= {
        }
        &'ctl;help;elect'= {
        }
        &'ctl;help;make-mirror'= {
        }
        &'ctl;help;snapshot'= {
            cand save 'Save a member''s backend to FILE in etcd''s format (bbolt and a SHA-256 trailer, as etcdctl writes it; 0600, checked, all or nothing), from etcd or ctl'
            cand status 'Print a snapshot''s hash, revision, total keys and size, as `etcdutl snapshot status`'
            cand restore 'Make a new member''s data dir from a snapshot (etcd''s or ctl''s), as `etcdutl snapshot restore`: every key with its revisions, leases, the compaction, and the membership the flags give'
        }
        &'ctl;help;snapshot;save'= {
        }
        &'ctl;help;snapshot;status'= {
        }
        &'ctl;help;snapshot;restore'= {
        }
        &'ctl;help;move-leader'= {
        }
        &'ctl;help;defrag'= {
        }
        &'ctl;help;compaction'= {
        }
        &'ctl;help;alarm'= {
            cand list 'List the raised alarms'
            cand disarm 'Clear every alarm (after freeing space: compaction and defrag)'
        }
        &'ctl;help;alarm;list'= {
        }
        &'ctl;help;alarm;disarm'= {
        }
        &'ctl;help;bench'= {
            cand put 'Put keys'
            cand range 'Read a key or range'
            cand txn-put 'Transactions of puts'
            cand watch-latency 'Latency from a put to its watch events (puts at --rate, default 100/s)'
        }
        &'ctl;help;bench;put'= {
        }
        &'ctl;help;bench;range'= {
        }
        &'ctl;help;bench;txn-put'= {
        }
        &'ctl;help;bench;watch-latency'= {
        }
        &'ctl;help;check'= {
            cand perf 'Put at the model''s rate for 60 s and judge as etcdctl does: no errors, at least 90% of the rate, no request over 0.5 s, a standard deviation under 0.1 s'
            cand datascale 'Put the model''s key-value pairs (1 KiB each) into the first endpoint and report how much its resident memory grew, from its /metrics'
        }
        &'ctl;help;check;perf'= {
        }
        &'ctl;help;check;datascale'= {
        }
        &'ctl;help;version'= {
        }
        &'ctl;help;completions'= {
        }
        &'ctl;help;help'= {
        }
    ]
    $completions[$command]
}

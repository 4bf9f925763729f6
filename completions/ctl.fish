# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_ctl_global_optspecs
    string join \n h/help V/version
end

function __fish_ctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_ctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_ctl_using_subcommand
    set -l cmd (__fish_ctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c ctl -n "__fish_ctl_needs_command" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_needs_command" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "pki" -d 'cfssl-compatible certificate tooling: CA, client, server and peer certificates'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "render-units" -d 'Render per-member systemd units, etcd config files or environment files from one cluster description'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "serve" -d 'Run an etcd v3 member (etcd\'s flags and ETCD_* variables; the real etcdctl works against it)'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "up" -d 'Start a secure local cluster: certificates, units, members on 127.0.0.1…N, health'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "down" -d 'Stop a sandbox started with `ctl up --detach`'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "cluster-health" -d 'Check every member\'s health, as `etcdctl cluster-health` did (v3 API; real etcd or ctl)'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "member" -d 'List, add, remove, update or promote members'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "endpoint" -d 'Per-endpoint health, status and data hashes'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "get" -d 'Get keys (a key, a range, a prefix)'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "put" -d 'Put a key'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "del" -d 'Delete keys (a key, a range, a prefix)'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "watch" -d 'Print changes to keys until interrupted'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "txn" -d 'Run a transaction read from standard input (etcdctl\'s txn format)'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "lease" -d 'Grant, revoke, inspect, list and keep alive leases'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "user" -d 'Add, delete, inspect and list users; grant and revoke their roles; change passwords'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "role" -d 'Add, delete, inspect and list roles; grant and revoke their permissions'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "auth" -d 'Turn authentication on or off, or show whether it is on'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "lock" -d 'Acquire a named lock, then hold it until interrupted or run a command while holding it'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "elect" -d 'Campaign in a named election and lead until interrupted, or watch its leader (--listen)'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "make-mirror" -d 'Copy keys to another cluster, then keep copying every change, until interrupted'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "snapshot" -d 'Save a member\'s backend to a file'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "move-leader" -d 'Hand the leadership to another member'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "defrag" -d 'Defragment members\' backends, returning freed space to the file system'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "compaction" -d 'Discard the key history before a revision'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "alarm" -d 'List or disarm alarms (NOSPACE, CORRUPT)'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "bench" -d 'Load a cluster like etcd\'s benchmark tool: put, range, txn-put, watch-latency'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "check" -d 'Check the cluster as etcdctl check does: perf (throughput and latency under a load model) and datascale (memory per stored data)'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "version" -d 'Print ctl\'s version and the etcd API version it speaks (as etcdctl version)'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check renew add-host rotate-ca help" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check renew add-host rotate-ca help" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check renew add-host rotate-ca help" -f -a "print-defaults" -d 'Print an example signing config, certificate request or init profile'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check renew add-host rotate-ca help" -f -a "gencert" -d 'Make a key and a certificate: a new CA with --initca, else signed by --ca'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check renew add-host rotate-ca help" -f -a "genkey" -d 'Make a key and a certificate request (CSR)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check renew add-host rotate-ca help" -f -a "sign" -d 'Sign a certificate request (CSR PEM) with a CA'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check renew add-host rotate-ca help" -f -a "selfsign" -d 'Make a key and a self-signed certificate for HOSTNAME'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check renew add-host rotate-ca help" -f -a "certinfo" -d 'Describe a certificate or CSR (cfssl certinfo\'s JSON, or text)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check renew add-host rotate-ca help" -f -a "init" -d 'Make the whole etcd set (CA, client, server, peer) in one step'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check renew add-host rotate-ca help" -f -a "check" -d 'Check a PKI directory: chains, key pairs, usages, hosts, expiry, key file modes'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check renew add-host rotate-ca help" -f -a "renew" -d 'Re-issue certificates from the directory\'s CA: same subject, SANs and usages, new validity'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check renew add-host rotate-ca help" -f -a "add-host" -d 'Re-issue the server and peer certificates with more hosts in their SANs (a new member\'s address)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check renew add-host rotate-ca help" -f -a "rotate-ca" -d 'Move a directory to a new CA with no restart: start (bundle of both CAs, leaves re-issued), then finish'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check renew add-host rotate-ca help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from print-defaults" -l format -d 'JSON (cfssl\'s format) or YAML' -r -f -a "json\t''
yaml\t''"
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from print-defaults" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from print-defaults" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from gencert" -l ca -d 'CA certificate (PEM)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from gencert" -l ca-key -d 'CA private key (PEM: PKCS#1, SEC1 or PKCS#8)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from gencert" -l config -d 'Signing config (cfssl\'s ca-config.json, or YAML)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from gencert" -l profile -d 'Profile of the signing config to sign under [default: the config\'s default profile]' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from gencert" -l hostname -d 'Hosts for the certificate, comma-separated; replaces the request\'s hosts' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from gencert" -l bare -d 'Write NAME.pem, NAME-key.pem and NAME.csr, as `cfssljson -bare NAME` does [default: from the command]' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from gencert" -l out -d 'Directory for the files' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from gencert" -l initca -d 'Make a new self-signed CA from the request'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from gencert" -l json -d 'Print cfssl\'s JSON response instead of writing files (pipe it to cfssljson)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from gencert" -l force -d 'Overwrite existing key files without asking'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from gencert" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from gencert" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from genkey" -l bare -d 'Write NAME.pem, NAME-key.pem and NAME.csr, as `cfssljson -bare NAME` does [default: from the command]' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from genkey" -l out -d 'Directory for the files' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from genkey" -l initca -d 'Make the request for a CA (CA:TRUE)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from genkey" -l json -d 'Print cfssl\'s JSON response instead of writing files (pipe it to cfssljson)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from genkey" -l force -d 'Overwrite existing key files without asking'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from genkey" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from genkey" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from sign" -l ca -d 'CA certificate (PEM)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from sign" -l ca-key -d 'CA private key (PEM: PKCS#1, SEC1 or PKCS#8)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from sign" -l config -d 'Signing config (cfssl\'s ca-config.json, or YAML)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from sign" -l profile -d 'Profile of the signing config to sign under [default: the config\'s default profile]' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from sign" -l hostname -d 'Hosts for the certificate, comma-separated; replaces the request\'s hosts' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from sign" -l bare -d 'Write NAME.pem, NAME-key.pem and NAME.csr, as `cfssljson -bare NAME` does [default: from the command]' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from sign" -l out -d 'Directory for the files' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from sign" -l json -d 'Print cfssl\'s JSON response instead of writing files (pipe it to cfssljson)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from sign" -l force -d 'Overwrite existing key files without asking'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from selfsign" -l config -d 'Signing config for usages and expiry' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from selfsign" -l profile -d 'Profile of the signing config' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from selfsign" -l bare -d 'Write NAME.pem, NAME-key.pem and NAME.csr, as `cfssljson -bare NAME` does [default: from the command]' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from selfsign" -l out -d 'Directory for the files' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from selfsign" -l json -d 'Print cfssl\'s JSON response instead of writing files (pipe it to cfssljson)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from selfsign" -l force -d 'Overwrite existing key files without asking'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from selfsign" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from selfsign" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from certinfo" -l cert -d 'Certificate file (PEM)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from certinfo" -l csr -d 'Certificate request file (PEM)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from certinfo" -s o -l output -d 'JSON as cfssl certinfo prints it, or text for people' -r -f -a "json\t''
text\t''"
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from certinfo" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from certinfo" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from init" -l profile -d 'Profile (YAML or JSON): signing config, CA request and the set\'s requests; see `ctl pki print-defaults init`' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from init" -l hosts -d 'Member addresses for the server and peer certificates, comma-separated (127.0.0.1 and localhost are always added)' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from init" -l per-member -d 'One server and peer pair per member, server-NAME.pem and peer-NAME.pem valid for that member\'s host only: NAME=HOST,… (instead of --hosts)' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from init" -l dir -d 'Directory for the files' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from init" -l ca-name -d 'The CA\'s common name' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from init" -l key-algo -d 'Key algorithm for every key [default: the seed\'s RSA-2048 CA and ECDSA P-256 certificates]' -r -f -a "rsa\t''
ecdsa\t''
ed25519\t''"
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from init" -l key-size -d 'Key size: 2048, 3072 or 4096 for rsa; 256, 384 or 521 for ecdsa' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from init" -l expiry -d 'Lifetime of every certificate, as a Go duration' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from init" -s y -l yes -d 'Never ask: take the flags and defaults as they are'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from init" -l force -d 'Overwrite existing key files without asking'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from check" -l dir -d 'The PKI directory (ca.pem, NAME.pem, NAME-key.pem)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from check" -l hosts -d 'Hosts every server and peer certificate must cover, comma-separated' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from check" -s o -l output -d 'Table for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from check" -l endpoints -d 'Check the certificates live members serve on these client and peer URLs (comma-separated or repeated): chain, SANs, usages, expiry' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from check" -l cacert -d 'Trusted CAs for --endpoints [default: DIR/ca.pem]' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from check" -l cert -d 'Client certificate to offer with --endpoints, for listeners that require one [default: DIR/client.pem if present]' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from check" -l key -d 'Key of --cert' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from check" -l expiration -d 'List every certificate with its expiry and days left, as kubeadm\'s check-expiration'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from renew" -l dir -d 'The PKI directory (ca.pem, ca-key.pem, NAME.pem, NAME-key.pem)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from renew" -l expiry -d 'New lifetime, as 8760h or 365d [default: the lifetime each certificate had]' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from renew" -l within -d 'Renew only certificates that expire within this window, as 30d or 720h (for a timer)' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from renew" -l rekey -d 'Make new keys (of the same kind) instead of keeping the existing ones'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from renew" -l no-backup -d 'Do not keep the replaced files as NAME.pem.previous (and NAME-key.pem.previous)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from renew" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from renew" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from add-host" -l dir -d 'The PKI directory (ca.pem, ca-key.pem, NAME.pem, NAME-key.pem)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from add-host" -l member -d 'For a set made with init --per-member: the new member\'s own pair, server-NAME.pem and peer-NAME.pem, for HOST' -r
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from add-host" -l no-backup -d 'Do not keep the replaced files as NAME.pem.previous'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from add-host" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from add-host" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from rotate-ca" -l dir -d 'The PKI directory (ca.pem, ca-key.pem, NAME.pem, NAME-key.pem)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from rotate-ca" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from rotate-ca" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from rotate-ca" -f -a "start" -d 'Make a new CA; ca.pem becomes the bundle new + old, and every certificate is re-issued from the new CA'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from rotate-ca" -f -a "finish" -d 'Drop the old CA from ca.pem, once every certificate is signed by the new one'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from rotate-ca" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "print-defaults" -d 'Print an example signing config, certificate request or init profile'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "gencert" -d 'Make a key and a certificate: a new CA with --initca, else signed by --ca'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "genkey" -d 'Make a key and a certificate request (CSR)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Sign a certificate request (CSR PEM) with a CA'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "selfsign" -d 'Make a key and a self-signed certificate for HOSTNAME'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "certinfo" -d 'Describe a certificate or CSR (cfssl certinfo\'s JSON, or text)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "init" -d 'Make the whole etcd set (CA, client, server, peer) in one step'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check a PKI directory: chains, key pairs, usages, hosts, expiry, key file modes'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "renew" -d 'Re-issue certificates from the directory\'s CA: same subject, SANs and usages, new validity'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "add-host" -d 'Re-issue the server and peer certificates with more hosts in their SANs (a new member\'s address)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "rotate-ca" -d 'Move a directory to a new CA with no restart: start (bundle of both CAs, leaves re-issued), then finish'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -l init -d 'Write an example cluster description (the seed\'s cluster) to FILE and stop' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -s c -l cluster -d 'The cluster description (YAML or JSON)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -s m -l member -d 'With --cluster: render only this member. Without: define a member as NAME=ADDRESS (repeat)' -r
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -l format -d 'What to render' -r -f -a "unit\t'A systemd unit (etcd.service)'
config\t'etcd\'s YAML configuration file, for --config-file (etcd.conf.yml)'
env\t'An EnvironmentFile of ETCD_* variables (etcd.env)'
renew-timer\t'A systemd timer and service that renew the certificates expiring within 30 days (ctl-pki-renew.timer, ctl-pki-renew.service)'"
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -l out -d 'Directory to write <member>/<file> into' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -l template -d 'Render with this minijinja template instead of the built-in one' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -l check-pki -d 'Check that the certificates in DIR fit the members before writing' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -l pki-dir -d 'PKI directory with server.pem, server-key.pem, peer.pem, peer-key.pem, ca.pem' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -l token -d '--initial-cluster-token' -r
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -l data-dir -d 'Data directory' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -l heartbeat-interval -d 'Heartbeat interval in milliseconds' -r
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -l election-timeout -d 'Election timeout in milliseconds' -r
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -l binary -d 'The member command, e.g. /usr/local/bin/etcd or "/usr/local/bin/ctl serve"' -r
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -l stdout -d 'Print instead of writing files'
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -l print-template -d 'Print the built-in template for --format and the variables it gets'
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -l force -d 'Overwrite an existing file with --init'
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -l per-member-certs -d 'Each member uses its own pair, server-NAME.pem and peer-NAME.pem (from `ctl pki init --per-member`)'
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -l no-tls -d 'Plain http instead of TLS'
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l name -d 'Human-readable name of this member' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l data-dir -d 'Data directory [default: <name>.etcd]' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l listen-client-urls -d 'URLs to serve clients on, comma-separated' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l advertise-client-urls -d 'Client URLs advertised to the cluster' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l listen-peer-urls -d 'URLs to serve peers on' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l initial-advertise-peer-urls -d 'Peer URLs advertised to the cluster' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l initial-cluster -d 'Every member at bootstrap: name=peerURL,…' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l initial-cluster-state -d 'new, or existing to join a running cluster' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l initial-cluster-token -d 'Token that keeps separate clusters apart' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l heartbeat-interval -d 'Milliseconds between leader heartbeats' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l election-timeout -d 'Milliseconds without a heartbeat before an election' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l snapshot-count -d 'Applied entries between snapshots of the log' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l cert-file -d 'Client server certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l key-file -d 'Client server key' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l trusted-ca-file -d 'CA that client certificates must chain to' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l peer-cert-file -d 'Peer certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l peer-key-file -d 'Peer key' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l peer-trusted-ca-file -d 'CA that peer certificates must chain to' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l client-crl-file -d 'Certificate revocation list (PEM or DER) checked against client certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l peer-crl-file -d 'Certificate revocation list (PEM or DER) checked against peer certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l client-cert-allowed-hostname -d 'Client certificates must name one of these hosts in their SANs, comma-separated' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l peer-cert-allowed-cn -d 'Peer certificates must have one of these common names, comma-separated' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l peer-cert-allowed-hostname -d 'Peer certificates must name one of these hosts in their SANs, comma-separated' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l cipher-suites -d 'TLS 1.2 cipher suites by their IANA names, comma-separated (TLS 1.3\'s are always on)' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l tls-min-version -d 'Lowest TLS version: TLS1.2 or TLS1.3' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l tls-max-version -d 'Highest TLS version: TLS1.2 or TLS1.3 (empty: the highest there is)' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l quota-backend-bytes -d 'Backend size that raises the NOSPACE alarm' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l max-request-bytes -d 'Largest client request accepted' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l max-txn-ops -d 'Most operations in one transaction' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l auto-compaction-mode -d 'periodic or revision' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l auto-compaction-retention -d 'Hours (or a duration like 30m) for periodic; revisions to keep for revision; 0 is off' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l auth-token -d 'Auth tokens: simple, or jwt,pub-key=FILE,priv-key=FILE,sign-method=RS256|ES256|EdDSA|…[,ttl=5m]' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l auth-token-ttl -d 'Seconds a simple token lives after its last use' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l bcrypt-cost -d 'bcrypt cost of stored passwords (4–31)' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l listen-metrics-urls -d 'More URLs that serve /metrics and /health alone (http or https, with the client TLS files), comma-separated' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l metrics -d 'basic, or extensive to add gRPC handling-time histograms' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l log-level -d 'debug, info, warn or error' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l config-file -d 'etcd\'s YAML configuration file; when given, it replaces the flags and variables' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l client-cert-auth -d 'Require client certificates'
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l peer-client-cert-auth -d 'Require peer certificates'
complete -c ctl -n "__fish_ctl_using_subcommand serve" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand serve" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand up" -l members -d 'How many members (1 to 7), on 127.0.0.1, 127.0.0.2, … [default: 3]' -r
complete -c ctl -n "__fish_ctl_using_subcommand up" -l dir -d 'The sandbox directory; an existing sandbox is restarted with its data' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand up" -l client-port -d 'Every member\'s client port, on its own address' -r
complete -c ctl -n "__fish_ctl_using_subcommand up" -l peer-port -d 'Every member\'s peer port, on its own address' -r
complete -c ctl -n "__fish_ctl_using_subcommand up" -l timeout -d 'How long the cluster may take to become healthy' -r
complete -c ctl -n "__fish_ctl_using_subcommand up" -s d -l detach -d 'Return once the cluster is healthy, leaving the members running (stop them with `ctl down`)'
complete -c ctl -n "__fish_ctl_using_subcommand up" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand up" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand down" -l dir -d 'The sandbox directory' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand down" -l purge -d 'Also delete the sandbox: certificates, data and logs'
complete -c ctl -n "__fish_ctl_using_subcommand down" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand down" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand cluster-health" -s f -l watch -d 'Check again every SECONDS until interrupted' -r
complete -c ctl -n "__fish_ctl_using_subcommand cluster-health" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand cluster-health" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand cluster-health" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand cluster-health" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand cluster-health" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand cluster-health" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand cluster-health" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand cluster-health" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand cluster-health" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand cluster-health" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand cluster-health" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand cluster-health" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand cluster-health" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand cluster-health" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand cluster-health" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand cluster-health" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand cluster-health" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -f -a "list" -d 'List the members: ID, status, name, peer and client URLs, learner'
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -f -a "add" -d 'Add a member (start it afterwards with the printed settings)'
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -f -a "remove" -d 'Remove a member (by hex ID or name)'
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -f -a "update" -d 'Change a member\'s peer URLs (by hex ID or name)'
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -f -a "promote" -d 'Promote a learner to a voting member (by hex ID or name)'
complete -c ctl -n "__fish_ctl_using_subcommand member; and not __fish_seen_subcommand_from list add remove update promote help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from list" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from list" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from list" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from list" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from list" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from list" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from list" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from list" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from list" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from list" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from list" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from list" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from list" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from list" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from list" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -l peer-urls -d 'The new member\'s peer URLs, comma-separated' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -l learner -d 'Add it as a learner, which gets the log but does not vote until promoted'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from remove" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from remove" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from update" -l peer-urls -d 'The new peer URLs, comma-separated' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from update" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from update" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from update" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from update" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from update" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from update" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from update" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from update" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from update" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from update" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from update" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from update" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from update" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from update" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from update" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from promote" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from promote" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from promote" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from promote" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from promote" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from promote" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from promote" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from promote" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from promote" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from promote" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from promote" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from promote" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from promote" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from promote" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from promote" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from promote" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from promote" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the members: ID, status, name, peer and client URLs, learner'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a member (start it afterwards with the printed settings)'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a member (by hex ID or name)'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a member\'s peer URLs (by hex ID or name)'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "promote" -d 'Promote a learner to a voting member (by hex ID or name)'
complete -c ctl -n "__fish_ctl_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l cluster -d 'Use every member\'s client URLs (from the member list) instead of --endpoints'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -f -a "health" -d 'Whether each endpoint commits a read through raft and has no alarm'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -f -a "status" -d 'Each endpoint\'s member ID, version, database size, leadership and raft indexes'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -f -a "hashkv" -d 'Each endpoint\'s hash of its keys and values (equal hashes: equal data)'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and not __fish_seen_subcommand_from health status hashkv help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from health" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l cluster -d 'Use every member\'s client URLs (from the member list) instead of --endpoints'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from health" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from health" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from health" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from status" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l cluster -d 'Use every member\'s client URLs (from the member list) instead of --endpoints'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from status" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l rev -d 'Hash up to this revision (0: the latest)' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l cluster -d 'Use every member\'s client URLs (from the member list) instead of --endpoints'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from hashkv" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from help" -f -a "health" -d 'Whether each endpoint commits a read through raft and has no alarm'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from help" -f -a "status" -d 'Each endpoint\'s member ID, version, database size, leadership and raft indexes'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from help" -f -a "hashkv" -d 'Each endpoint\'s hash of its keys and values (equal hashes: equal data)'
complete -c ctl -n "__fish_ctl_using_subcommand endpoint; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand get" -l limit -d 'At most this many keys' -r
complete -c ctl -n "__fish_ctl_using_subcommand get" -l rev -d 'Read at this revision (0: the latest)' -r
complete -c ctl -n "__fish_ctl_using_subcommand get" -l consistency -d 'l: linearizable (through the leader); s: serializable (this member\'s copy, faster)' -r -f -a "l\t''
s\t''"
complete -c ctl -n "__fish_ctl_using_subcommand get" -l sort-by -d 'Sort by this field' -r -f -a "CREATE\t''
KEY\t''
MODIFY\t''
VALUE\t''
VERSION\t''"
complete -c ctl -n "__fish_ctl_using_subcommand get" -l order -d 'Sort order' -r -f -a "ASCEND\t''
DESCEND\t''"
complete -c ctl -n "__fish_ctl_using_subcommand get" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand get" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand get" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand get" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand get" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand get" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand get" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand get" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand get" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand get" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand get" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand get" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand get" -l prefix -d 'Every key that starts with KEY'
complete -c ctl -n "__fish_ctl_using_subcommand get" -l from-key -d 'Every key from KEY on'
complete -c ctl -n "__fish_ctl_using_subcommand get" -l keys-only -d 'Keys without values'
complete -c ctl -n "__fish_ctl_using_subcommand get" -l count-only -d 'Only the number of keys'
complete -c ctl -n "__fish_ctl_using_subcommand get" -l print-value-only -d 'Values without keys'
complete -c ctl -n "__fish_ctl_using_subcommand get" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand get" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand get" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand get" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand put" -l lease -d 'Attach the key to this lease (hex ID)' -r
complete -c ctl -n "__fish_ctl_using_subcommand put" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand put" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand put" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand put" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand put" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand put" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand put" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand put" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand put" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand put" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand put" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand put" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand put" -l prev-kv -d 'Print the previous key-value'
complete -c ctl -n "__fish_ctl_using_subcommand put" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand put" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand put" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand put" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand put" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand del" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand del" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand del" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand del" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand del" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand del" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand del" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand del" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand del" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand del" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand del" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand del" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand del" -l prefix -d 'Every key that starts with KEY'
complete -c ctl -n "__fish_ctl_using_subcommand del" -l from-key -d 'Every key from KEY on'
complete -c ctl -n "__fish_ctl_using_subcommand del" -l prev-kv -d 'Print the deleted key-values'
complete -c ctl -n "__fish_ctl_using_subcommand del" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand del" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand del" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand del" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand del" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand watch" -l rev -d 'Start from this revision (0: from now); history must not be compacted' -r
complete -c ctl -n "__fish_ctl_using_subcommand watch" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand watch" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand watch" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand watch" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand watch" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand watch" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand watch" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand watch" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand watch" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand watch" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand watch" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand watch" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand watch" -l prefix -d 'Every key that starts with KEY'
complete -c ctl -n "__fish_ctl_using_subcommand watch" -l from-key -d 'Every key from KEY on'
complete -c ctl -n "__fish_ctl_using_subcommand watch" -l prev-kv -d 'Print each event\'s previous key-value'
complete -c ctl -n "__fish_ctl_using_subcommand watch" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand watch" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand watch" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand watch" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand txn" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand txn" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand txn" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand txn" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand txn" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand txn" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand txn" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand txn" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand txn" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand txn" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand txn" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand txn" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand txn" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand txn" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand txn" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand txn" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand txn" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -f -a "grant" -d 'Grant a lease with a TTL in seconds'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -f -a "revoke" -d 'Revoke a lease, deleting its keys'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -f -a "timetolive" -d 'Show a lease\'s granted and remaining TTL'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -f -a "list" -d 'List the leases'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -f -a "keep-alive" -d 'Keep a lease alive until interrupted'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and not __fish_seen_subcommand_from grant revoke timetolive list keep-alive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from grant" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from grant" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from grant" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from grant" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from grant" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from grant" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from grant" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from grant" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from grant" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from grant" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from grant" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from grant" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from grant" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from grant" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from grant" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l keys -d 'List the keys attached to it'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from timetolive" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from list" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from list" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from list" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from list" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from list" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from list" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from list" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from list" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from list" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from list" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from list" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from list" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from list" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from list" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from list" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l once -d 'Renew once and exit'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from keep-alive" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Grant a lease with a TTL in seconds'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a lease, deleting its keys'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "timetolive" -d 'Show a lease\'s granted and remaining TTL'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the leases'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "keep-alive" -d 'Keep a lease alive until interrupted'
complete -c ctl -n "__fish_ctl_using_subcommand lease; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -f -a "add" -d 'Add a user: NAME or NAME:PASSWORD (asked for twice on a terminal when left out)'
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -f -a "delete" -d 'Delete a user'
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -f -a "get" -d 'Show a user\'s roles'
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -f -a "list" -d 'List the users'
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -f -a "passwd" -d 'Change a user\'s password'
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -f -a "grant-role" -d 'Grant a role to a user'
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -f -a "revoke-role" -d 'Revoke a role from a user'
complete -c ctl -n "__fish_ctl_using_subcommand user; and not __fish_seen_subcommand_from add delete get list passwd grant-role revoke-role help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -l interactive -d 'Ask for the password on the terminal; false reads one line from standard input' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -l new-user-password -d 'The new user\'s password, instead of asking' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -l no-password -d 'A user without a password (it logs in with a client certificate)'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from get" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from get" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from get" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from get" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from get" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from get" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from get" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from get" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from get" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from get" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from get" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from get" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from get" -l detail -d 'Show each role\'s permissions too'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from get" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from get" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from get" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from list" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from list" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from list" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from list" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from list" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from list" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from list" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from list" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from list" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from list" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from list" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from list" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from list" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from list" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from list" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l interactive -d 'Ask on the terminal; false reads one line from standard input' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from grant-role" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from grant-role" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from grant-role" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from grant-role" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from revoke-role" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user: NAME or NAME:PASSWORD (asked for twice on a terminal when left out)'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a user'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a user\'s roles'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the users'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Change a user\'s password'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "grant-role" -d 'Grant a role to a user'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "revoke-role" -d 'Revoke a role from a user'
complete -c ctl -n "__fish_ctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -f -a "add" -d 'Add a role'
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -f -a "delete" -d 'Delete a role'
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -f -a "get" -d 'Show a role\'s permissions'
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -f -a "list" -d 'List the roles'
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -f -a "grant-permission" -d 'Grant read, write or readwrite on a key, a range [KEY, END), a prefix or from a key'
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -f -a "revoke-permission" -d 'Revoke a permission (KEY and END as it was granted)'
complete -c ctl -n "__fish_ctl_using_subcommand role; and not __fish_seen_subcommand_from add delete get list grant-permission revoke-permission help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from add" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from add" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from add" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from add" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from add" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from add" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from add" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from add" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from add" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from add" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from add" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from add" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from add" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from add" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from add" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from get" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from get" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from get" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from get" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from get" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from get" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from get" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from get" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from get" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from get" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from get" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from get" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from get" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from get" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from get" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from list" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from list" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from list" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from list" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from list" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from list" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from list" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from list" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from list" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from list" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from list" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from list" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from list" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from list" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from list" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l prefix -d 'The permission covers every key starting with KEY'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l from-key -d 'The permission covers KEY and every key after it'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from grant-permission" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l prefix
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l from-key
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from revoke-permission" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a role'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a role'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show a role\'s permissions'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the roles'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "grant-permission" -d 'Grant read, write or readwrite on a key, a range [KEY, END), a prefix or from a key'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "revoke-permission" -d 'Revoke a permission (KEY and END as it was granted)'
complete -c ctl -n "__fish_ctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -f -a "enable" -d 'Turn authentication on (creates the root role for the root user when it lacks one)'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -f -a "disable" -d 'Turn authentication off'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -f -a "status" -d 'Whether authentication is on, and the auth store\'s revision'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and not __fish_seen_subcommand_from enable disable status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from enable" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from enable" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from enable" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from enable" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from enable" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from enable" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from enable" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from enable" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from enable" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from enable" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from enable" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from enable" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from enable" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from enable" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from enable" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from disable" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from disable" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from disable" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from disable" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from disable" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from disable" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from disable" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from disable" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from disable" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from disable" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from disable" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from disable" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from disable" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from disable" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from disable" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Turn authentication on (creates the root role for the root user when it lacks one)'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Turn authentication off'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Whether authentication is on, and the auth store\'s revision'
complete -c ctl -n "__fish_ctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand lock" -l ttl -d 'The TTL of the lock\'s lease, in seconds: how long the lock outlives a holder that dies' -r
complete -c ctl -n "__fish_ctl_using_subcommand lock" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand lock" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lock" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lock" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand lock" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lock" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand lock" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lock" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand lock" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand lock" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand lock" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lock" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand lock" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand lock" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand lock" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand lock" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand elect" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand elect" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand elect" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand elect" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand elect" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand elect" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand elect" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand elect" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand elect" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand elect" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand elect" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand elect" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand elect" -s l -l listen -d 'Print the leader\'s key and value at each change instead of campaigning'
complete -c ctl -n "__fish_ctl_using_subcommand elect" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand elect" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand elect" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand elect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand elect" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l prefix -d 'Mirror only the keys under this prefix' -r
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l dest-prefix -d 'Put the mirrored keys under this prefix at the destination (instead of --prefix)' -r
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l max-txn-ops -d 'Most changes in one txn at the destination' -r
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l rev -d 'Start from this source revision instead of copying the current keys first' -r
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l dest-cacert -d 'The destination\'s CA certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l dest-cert -d 'The client certificate for the destination' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l dest-key -d 'Its private key' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l dest-user -d 'The destination\'s user: NAME or NAME:PASSWORD' -r
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l dest-password -d 'The destination user\'s password' -r
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l no-dest-prefix -d 'Strip --prefix from the keys at the destination'
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l dest-insecure-skip-tls-verify -d 'Accept any certificate from the destination'
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand make-mirror" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -f -a "save" -d 'Save a member\'s backend to FILE in etcd\'s format (bbolt and a SHA-256 trailer, as etcdctl writes it; 0600, checked, all or nothing), from etcd or ctl'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -f -a "status" -d 'Print a snapshot\'s hash, revision, total keys and size, as `etcdutl snapshot status`'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -f -a "restore" -d 'Make a new member\'s data dir from a snapshot (etcd\'s or ctl\'s), as `etcdutl snapshot restore`: every key with its revisions, leases, the compaction, and the membership the flags give'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and not __fish_seen_subcommand_from save status restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from save" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from save" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from save" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from status" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l data-dir -d 'The data dir to create (must not exist, or be empty)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l name -d 'This member\'s name' -r
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l initial-cluster -d 'Every member of the restored cluster: name=peerURL,…' -r
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l initial-cluster-token -d 'The restored cluster\'s token (a new cluster identity)' -r
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l initial-advertise-peer-urls -d 'This member\'s peer URLs' -r
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l bump-revision -d 'Move the revision on by this much (with --mark-compacted), so clients\' watches from before the restore resync instead of missing changes' -r
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l skip-hash-check -d 'Restore even without (or with a wrong) SHA-256 trailer, e.g. a member\'s raw db file'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -l mark-compacted -d 'Mark the bumped revision compacted (with --bump-revision)'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "save" -d 'Save a member\'s backend to FILE in etcd\'s format (bbolt and a SHA-256 trailer, as etcdctl writes it; 0600, checked, all or nothing), from etcd or ctl'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "status" -d 'Print a snapshot\'s hash, revision, total keys and size, as `etcdutl snapshot status`'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Make a new member\'s data dir from a snapshot (etcd\'s or ctl\'s), as `etcdutl snapshot restore`: every key with its revisions, leases, the compaction, and the membership the flags give'
complete -c ctl -n "__fish_ctl_using_subcommand snapshot; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand move-leader" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand move-leader" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand move-leader" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand move-leader" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand move-leader" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand move-leader" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand move-leader" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand move-leader" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand move-leader" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand move-leader" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand move-leader" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand move-leader" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand move-leader" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand move-leader" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand move-leader" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand move-leader" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand move-leader" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand defrag" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand defrag" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand defrag" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand defrag" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand defrag" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand defrag" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand defrag" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand defrag" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand defrag" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand defrag" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand defrag" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand defrag" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand defrag" -l cluster -d 'Defragment every member (from the member list) instead of --endpoints'
complete -c ctl -n "__fish_ctl_using_subcommand defrag" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand defrag" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand defrag" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand defrag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand defrag" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand compaction" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand compaction" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand compaction" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand compaction" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand compaction" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand compaction" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand compaction" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand compaction" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand compaction" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand compaction" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand compaction" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand compaction" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand compaction" -l physical -d 'Wait until the compaction is applied to the backend'
complete -c ctl -n "__fish_ctl_using_subcommand compaction" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand compaction" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand compaction" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand compaction" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand compaction" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -f -a "list" -d 'List the raised alarms'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -f -a "disarm" -d 'Clear every alarm (after freeing space: compaction and defrag)'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and not __fish_seen_subcommand_from list disarm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from disarm" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the raised alarms'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "disarm" -d 'Clear every alarm (after freeing space: compaction and defrag)'
complete -c ctl -n "__fish_ctl_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l conns -d 'gRPC connections, shared by the clients' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l clients -d 'Concurrent clients' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l total -d 'Requests in all' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l key-size -d 'Key size in bytes' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l val-size -d 'Value size in bytes' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l key-space-size -d 'How many distinct keys to write' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l rate -d 'Requests per second over all clients (0: as fast as possible)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l sequential-keys -d 'Write keys in order instead of at random'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -f -a "put" -d 'Put keys'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -f -a "range" -d 'Read a key or range'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -f -a "txn-put" -d 'Transactions of puts'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -f -a "watch-latency" -d 'Latency from a put to its watch events (puts at --rate, default 100/s)'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and not __fish_seen_subcommand_from put range txn-put watch-latency help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l conns -d 'gRPC connections, shared by the clients' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l clients -d 'Concurrent clients' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l total -d 'Requests in all' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l key-size -d 'Key size in bytes' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l val-size -d 'Value size in bytes' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l key-space-size -d 'How many distinct keys to write' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l rate -d 'Requests per second over all clients (0: as fast as possible)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l sequential-keys -d 'Write keys in order instead of at random'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from put" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l consistency -d 'l: linearizable, s: serializable' -r -f -a "l\t''
s\t''"
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l conns -d 'gRPC connections, shared by the clients' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l clients -d 'Concurrent clients' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l total -d 'Requests in all' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l key-size -d 'Key size in bytes' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l val-size -d 'Value size in bytes' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l key-space-size -d 'How many distinct keys to write' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l rate -d 'Requests per second over all clients (0: as fast as possible)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l prefix -d 'Every key with the prefix KEY'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l sequential-keys -d 'Write keys in order instead of at random'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from range" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l txn-ops -d 'Puts per transaction' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l conns -d 'gRPC connections, shared by the clients' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l clients -d 'Concurrent clients' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l total -d 'Requests in all' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l key-size -d 'Key size in bytes' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l val-size -d 'Value size in bytes' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l key-space-size -d 'How many distinct keys to write' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l rate -d 'Requests per second over all clients (0: as fast as possible)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l sequential-keys -d 'Write keys in order instead of at random'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from txn-put" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l watchers -d 'Watch streams' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l conns -d 'gRPC connections, shared by the clients' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l clients -d 'Concurrent clients' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l total -d 'Requests in all' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l key-size -d 'Key size in bytes' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l val-size -d 'Value size in bytes' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l key-space-size -d 'How many distinct keys to write' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l rate -d 'Requests per second over all clients (0: as fast as possible)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l sequential-keys -d 'Write keys in order instead of at random'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from watch-latency" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "put" -d 'Put keys'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "range" -d 'Read a key or range'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "txn-put" -d 'Transactions of puts'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "watch-latency" -d 'Latency from a put to its watch events (puts at --rate, default 100/s)'
complete -c ctl -n "__fish_ctl_using_subcommand bench; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -f -a "perf" -d 'Put at the model\'s rate for 60 s and judge as etcdctl does: no errors, at least 90% of the rate, no request over 0.5 s, a standard deviation under 0.1 s'
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -f -a "datascale" -d 'Put the model\'s key-value pairs (1 KiB each) into the first endpoint and report how much its resident memory grew, from its /metrics'
complete -c ctl -n "__fish_ctl_using_subcommand check; and not __fish_seen_subcommand_from perf datascale help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l load -d 's (150 puts/s, 50 clients), m (1000, 200), l (8000, 500) or xl (15000, 1000)' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l prefix -d 'Where the check\'s keys go; it must hold no keys, and is emptied afterwards' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l duration -d 'How long to put (etcdctl: always 60 s)' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l auto-compact -d 'Compact to the revision of the final delete'
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l auto-defrag -d 'Defragment every endpoint afterwards'
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from perf" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -l load -d 's (10k pairs, 50 clients), m (100k, 200), l (1M, 500) or xl (3M, 1000)' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -l prefix -d 'Where the check\'s keys go; it must hold no keys, and is emptied afterwards' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -l endpoints -d 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -l cacert -l ca-file -d 'CA certificate that signed the members\' server certificates' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -l cert -l cert-file -d 'Client certificate, for members that require one (--client-cert-auth)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -l key -l key-file -d 'Private key of the client certificate' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -l dial-timeout -d 'How long to wait for a connection (TCP and TLS)' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -l command-timeout -d 'How long to wait for an answer' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -l keepalive-time -d 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -l keepalive-timeout -d 'How long a ping may go unanswered before the connection counts as lost' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -l insecure-transport -d 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system\'s trusted CAs unless --cacert says otherwise' -r -f -a "true\t''
false\t''"
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -s w -l write-out -d 'Output format' -r -f -a "simple\t''
table\t''
json\t''
fields\t'etcdctl\'s `"Name" : value` lines'"
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -l user -d 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -l password -d 'The --user\'s password (instead of NAME:PASSWORD)' -r
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -l auto-compact -d 'Compact to the revision of the final delete'
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -l auto-defrag -d 'Defragment every endpoint afterwards'
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -l insecure-skip-tls-verify -d 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)'
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -l debug -d 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection\'s outcome on standard error'
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -l hex -d 'Print keys and values as hex-escaped bytes (\\x66\\x6f\\x6f), as etcdctl --hex'
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from datascale" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "perf" -d 'Put at the model\'s rate for 60 s and judge as etcdctl does: no errors, at least 90% of the rate, no request over 0.5 s, a standard deviation under 0.1 s'
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "datascale" -d 'Put the model\'s key-value pairs (1 KiB each) into the first endpoint and report how much its resident memory grew, from its /metrics'
complete -c ctl -n "__fish_ctl_using_subcommand check; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand version" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand version" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "pki" -d 'cfssl-compatible certificate tooling: CA, client, server and peer certificates'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "render-units" -d 'Render per-member systemd units, etcd config files or environment files from one cluster description'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "serve" -d 'Run an etcd v3 member (etcd\'s flags and ETCD_* variables; the real etcdctl works against it)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "up" -d 'Start a secure local cluster: certificates, units, members on 127.0.0.1…N, health'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "down" -d 'Stop a sandbox started with `ctl up --detach`'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "cluster-health" -d 'Check every member\'s health, as `etcdctl cluster-health` did (v3 API; real etcd or ctl)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "member" -d 'List, add, remove, update or promote members'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "endpoint" -d 'Per-endpoint health, status and data hashes'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "get" -d 'Get keys (a key, a range, a prefix)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "put" -d 'Put a key'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "del" -d 'Delete keys (a key, a range, a prefix)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "watch" -d 'Print changes to keys until interrupted'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "txn" -d 'Run a transaction read from standard input (etcdctl\'s txn format)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "lease" -d 'Grant, revoke, inspect, list and keep alive leases'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "user" -d 'Add, delete, inspect and list users; grant and revoke their roles; change passwords'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "role" -d 'Add, delete, inspect and list roles; grant and revoke their permissions'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "auth" -d 'Turn authentication on or off, or show whether it is on'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "lock" -d 'Acquire a named lock, then hold it until interrupted or run a command while holding it'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "elect" -d 'Campaign in a named election and lead until interrupted, or watch its leader (--listen)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "make-mirror" -d 'Copy keys to another cluster, then keep copying every change, until interrupted'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "snapshot" -d 'Save a member\'s backend to a file'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "move-leader" -d 'Hand the leadership to another member'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "defrag" -d 'Defragment members\' backends, returning freed space to the file system'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "compaction" -d 'Discard the key history before a revision'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "alarm" -d 'List or disarm alarms (NOSPACE, CORRUPT)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "bench" -d 'Load a cluster like etcd\'s benchmark tool: put, range, txn-put, watch-latency'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "check" -d 'Check the cluster as etcdctl check does: perf (throughput and latency under a load model) and datascale (memory per stored data)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "version" -d 'Print ctl\'s version and the etcd API version it speaks (as etcdctl version)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve up down cluster-health member endpoint get put del watch txn lease user role auth lock elect make-mirror snapshot move-leader defrag compaction alarm bench check version completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "print-defaults" -d 'Print an example signing config, certificate request or init profile'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "gencert" -d 'Make a key and a certificate: a new CA with --initca, else signed by --ca'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "genkey" -d 'Make a key and a certificate request (CSR)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "sign" -d 'Sign a certificate request (CSR PEM) with a CA'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "selfsign" -d 'Make a key and a self-signed certificate for HOSTNAME'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "certinfo" -d 'Describe a certificate or CSR (cfssl certinfo\'s JSON, or text)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "init" -d 'Make the whole etcd set (CA, client, server, peer) in one step'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "check" -d 'Check a PKI directory: chains, key pairs, usages, hosts, expiry, key file modes'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "renew" -d 'Re-issue certificates from the directory\'s CA: same subject, SANs and usages, new validity'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "add-host" -d 'Re-issue the server and peer certificates with more hosts in their SANs (a new member\'s address)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "rotate-ca" -d 'Move a directory to a new CA with no restart: start (bundle of both CAs, leaves re-issued), then finish'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "list" -d 'List the members: ID, status, name, peer and client URLs, learner'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "add" -d 'Add a member (start it afterwards with the printed settings)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "remove" -d 'Remove a member (by hex ID or name)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "update" -d 'Change a member\'s peer URLs (by hex ID or name)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "promote" -d 'Promote a learner to a voting member (by hex ID or name)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from endpoint" -f -a "health" -d 'Whether each endpoint commits a read through raft and has no alarm'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from endpoint" -f -a "status" -d 'Each endpoint\'s member ID, version, database size, leadership and raft indexes'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from endpoint" -f -a "hashkv" -d 'Each endpoint\'s hash of its keys and values (equal hashes: equal data)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from lease" -f -a "grant" -d 'Grant a lease with a TTL in seconds'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from lease" -f -a "revoke" -d 'Revoke a lease, deleting its keys'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from lease" -f -a "timetolive" -d 'Show a lease\'s granted and remaining TTL'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from lease" -f -a "list" -d 'List the leases'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from lease" -f -a "keep-alive" -d 'Keep a lease alive until interrupted'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user: NAME or NAME:PASSWORD (asked for twice on a terminal when left out)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete a user'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "get" -d 'Show a user\'s roles'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List the users'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "passwd" -d 'Change a user\'s password'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "grant-role" -d 'Grant a role to a user'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "revoke-role" -d 'Revoke a role from a user'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "add" -d 'Add a role'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "delete" -d 'Delete a role'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "get" -d 'Show a role\'s permissions'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "list" -d 'List the roles'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "grant-permission" -d 'Grant read, write or readwrite on a key, a range [KEY, END), a prefix or from a key'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "revoke-permission" -d 'Revoke a permission (KEY and END as it was granted)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "enable" -d 'Turn authentication on (creates the root role for the root user when it lacks one)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "disable" -d 'Turn authentication off'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Whether authentication is on, and the auth store\'s revision'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "save" -d 'Save a member\'s backend to FILE in etcd\'s format (bbolt and a SHA-256 trailer, as etcdctl writes it; 0600, checked, all or nothing), from etcd or ctl'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "status" -d 'Print a snapshot\'s hash, revision, total keys and size, as `etcdutl snapshot status`'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from snapshot" -f -a "restore" -d 'Make a new member\'s data dir from a snapshot (etcd\'s or ctl\'s), as `etcdutl snapshot restore`: every key with its revisions, leases, the compaction, and the membership the flags give'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from alarm" -f -a "list" -d 'List the raised alarms'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from alarm" -f -a "disarm" -d 'Clear every alarm (after freeing space: compaction and defrag)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "put" -d 'Put keys'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "range" -d 'Read a key or range'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "txn-put" -d 'Transactions of puts'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from bench" -f -a "watch-latency" -d 'Latency from a put to its watch events (puts at --rate, default 100/s)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "perf" -d 'Put at the model\'s rate for 60 s and judge as etcdctl does: no errors, at least 90% of the rate, no request over 0.5 s, a standard deviation under 0.1 s'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from check" -f -a "datascale" -d 'Put the model\'s key-value pairs (1 KiB each) into the first endpoint and report how much its resident memory grew, from its /metrics'

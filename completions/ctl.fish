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
complete -c ctl -n "__fish_ctl_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c ctl -n "__fish_ctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check help" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check help" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check help" -f -a "print-defaults" -d 'Print an example signing config, certificate request or init profile'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check help" -f -a "gencert" -d 'Make a key and a certificate: a new CA with --initca, else signed by --ca'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check help" -f -a "genkey" -d 'Make a key and a certificate request (CSR)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check help" -f -a "sign" -d 'Sign a certificate request (CSR PEM) with a CA'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check help" -f -a "selfsign" -d 'Make a key and a self-signed certificate for HOSTNAME'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check help" -f -a "certinfo" -d 'Describe a certificate or CSR (cfssl certinfo\'s JSON, or text)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check help" -f -a "init" -d 'Make the whole etcd set (CA, client, server, peer) in one step'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check help" -f -a "check" -d 'Check a PKI directory: chains, key pairs, usages, hosts, expiry, key file modes'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and not __fish_seen_subcommand_from print-defaults gencert genkey sign selfsign certinfo init check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "print-defaults" -d 'Print an example signing config, certificate request or init profile'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "gencert" -d 'Make a key and a certificate: a new CA with --initca, else signed by --ca'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "genkey" -d 'Make a key and a certificate request (CSR)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Sign a certificate request (CSR PEM) with a CA'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "selfsign" -d 'Make a key and a self-signed certificate for HOSTNAME'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "certinfo" -d 'Describe a certificate or CSR (cfssl certinfo\'s JSON, or text)'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "init" -d 'Make the whole etcd set (CA, client, server, peer) in one step'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check a PKI directory: chains, key pairs, usages, hosts, expiry, key file modes'
complete -c ctl -n "__fish_ctl_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -l init -d 'Write an example cluster description (the seed\'s cluster) to FILE and stop' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -s c -l cluster -d 'The cluster description (YAML or JSON)' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -s m -l member -d 'With --cluster: render only this member. Without: define a member as NAME=ADDRESS (repeat)' -r
complete -c ctl -n "__fish_ctl_using_subcommand render-units" -l format -d 'What to render' -r -f -a "unit\t'A systemd unit (etcd.service)'
config\t'etcd\'s YAML configuration file, for --config-file (etcd.conf.yml)'
env\t'An EnvironmentFile of ETCD_* variables (etcd.env)'"
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
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l quota-backend-bytes -d 'Backend size that raises the NOSPACE alarm' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l max-request-bytes -d 'Largest client request accepted' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l max-txn-ops -d 'Most operations in one transaction' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l auto-compaction-mode -d 'periodic or revision' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l auto-compaction-retention -d 'Hours (or a duration like 30m) for periodic; revisions to keep for revision; 0 is off' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l log-level -d 'debug, info, warn or error' -r
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l config-file -d 'etcd\'s YAML configuration file; when given, it replaces the flags and variables' -r -F
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l client-cert-auth -d 'Require client certificates'
complete -c ctl -n "__fish_ctl_using_subcommand serve" -l peer-client-cert-auth -d 'Require peer certificates'
complete -c ctl -n "__fish_ctl_using_subcommand serve" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand serve" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c ctl -n "__fish_ctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve completions help" -f -a "pki" -d 'cfssl-compatible certificate tooling: CA, client, server and peer certificates'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve completions help" -f -a "render-units" -d 'Render per-member systemd units, etcd config files or environment files from one cluster description'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve completions help" -f -a "serve" -d 'Run an etcd v3 member (etcd\'s flags and ETCD_* variables; the real etcdctl works against it)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve completions help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and not __fish_seen_subcommand_from pki render-units serve completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "print-defaults" -d 'Print an example signing config, certificate request or init profile'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "gencert" -d 'Make a key and a certificate: a new CA with --initca, else signed by --ca'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "genkey" -d 'Make a key and a certificate request (CSR)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "sign" -d 'Sign a certificate request (CSR PEM) with a CA'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "selfsign" -d 'Make a key and a self-signed certificate for HOSTNAME'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "certinfo" -d 'Describe a certificate or CSR (cfssl certinfo\'s JSON, or text)'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "init" -d 'Make the whole etcd set (CA, client, server, peer) in one step'
complete -c ctl -n "__fish_ctl_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "check" -d 'Check a PKI directory: chains, key pairs, usages, hosts, expiry, key file modes'


using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'ctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'ctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'ctl' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('pki', 'pki', [CompletionResultType]::ParameterValue, 'cfssl-compatible certificate tooling: CA, client, server and peer certificates')
            [CompletionResult]::new('render-units', 'render-units', [CompletionResultType]::ParameterValue, 'Render per-member systemd units, etcd config files or environment files from one cluster description')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run an etcd v3 member (etcd''s flags and ETCD_* variables; the real etcdctl works against it)')
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Start a secure local cluster: certificates, units, members on 127.0.0.1…N, health')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Stop a sandbox started with `ctl up --detach`')
            [CompletionResult]::new('cluster-health', 'cluster-health', [CompletionResultType]::ParameterValue, 'Check every member''s health, as `etcdctl cluster-health` did (v3 API; real etcd or ctl)')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'List, add, remove, update or promote members')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Per-endpoint health, status and data hashes')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get keys (a key, a range, a prefix)')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Put a key')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete keys (a key, a range, a prefix)')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Print changes to keys until interrupted')
            [CompletionResult]::new('txn', 'txn', [CompletionResultType]::ParameterValue, 'Run a transaction read from standard input (etcdctl''s txn format)')
            [CompletionResult]::new('lease', 'lease', [CompletionResultType]::ParameterValue, 'Grant, revoke, inspect, list and keep alive leases')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, delete, inspect and list users; grant and revoke their roles; change passwords')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Add, delete, inspect and list roles; grant and revoke their permissions')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Turn authentication on or off, or show whether it is on')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Acquire a named lock, then hold it until interrupted or run a command while holding it')
            [CompletionResult]::new('elect', 'elect', [CompletionResultType]::ParameterValue, 'Campaign in a named election and lead until interrupted, or watch its leader (--listen)')
            [CompletionResult]::new('make-mirror', 'make-mirror', [CompletionResultType]::ParameterValue, 'Copy keys to another cluster, then keep copying every change, until interrupted')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Save a member''s backend to a file')
            [CompletionResult]::new('move-leader', 'move-leader', [CompletionResultType]::ParameterValue, 'Hand the leadership to another member')
            [CompletionResult]::new('defrag', 'defrag', [CompletionResultType]::ParameterValue, 'Defragment members'' backends, returning freed space to the file system')
            [CompletionResult]::new('compaction', 'compaction', [CompletionResultType]::ParameterValue, 'Discard the key history before a revision')
            [CompletionResult]::new('alarm', 'alarm', [CompletionResultType]::ParameterValue, 'List or disarm alarms (NOSPACE, CORRUPT)')
            [CompletionResult]::new('bench', 'bench', [CompletionResultType]::ParameterValue, 'Load a cluster like etcd''s benchmark tool: put, range, txn-put, watch-latency')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the cluster as etcdctl check does: perf (throughput and latency under a load model) and datascale (memory per stored data)')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print ctl''s version and the etcd API version it speaks (as etcdctl version)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;pki' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('print-defaults', 'print-defaults', [CompletionResultType]::ParameterValue, 'Print an example signing config, certificate request or init profile')
            [CompletionResult]::new('gencert', 'gencert', [CompletionResultType]::ParameterValue, 'Make a key and a certificate: a new CA with --initca, else signed by --ca')
            [CompletionResult]::new('genkey', 'genkey', [CompletionResultType]::ParameterValue, 'Make a key and a certificate request (CSR)')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a certificate request (CSR PEM) with a CA')
            [CompletionResult]::new('selfsign', 'selfsign', [CompletionResultType]::ParameterValue, 'Make a key and a self-signed certificate for HOSTNAME')
            [CompletionResult]::new('certinfo', 'certinfo', [CompletionResultType]::ParameterValue, 'Describe a certificate or CSR (cfssl certinfo''s JSON, or text)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Make the whole etcd set (CA, client, server, peer) in one step')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a PKI directory: chains, key pairs, usages, hosts, expiry, key file modes')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Re-issue certificates from the directory''s CA: same subject, SANs and usages, new validity')
            [CompletionResult]::new('add-host', 'add-host', [CompletionResultType]::ParameterValue, 'Re-issue the server and peer certificates with more hosts in their SANs (a new member''s address)')
            [CompletionResult]::new('rotate-ca', 'rotate-ca', [CompletionResultType]::ParameterValue, 'Move a directory to a new CA with no restart: start (bundle of both CAs, leaves re-issued), then finish')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;pki;print-defaults' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'JSON (cfssl''s format) or YAML')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;pki;gencert' {
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM)')
            [CompletionResult]::new('--ca-key', '--ca-key', [CompletionResultType]::ParameterName, 'CA private key (PEM: PKCS#1, SEC1 or PKCS#8)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Signing config (cfssl''s ca-config.json, or YAML)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the signing config to sign under [default: the config''s default profile]')
            [CompletionResult]::new('--hostname', '--hostname', [CompletionResultType]::ParameterName, 'Hosts for the certificate, comma-separated; replaces the request''s hosts')
            [CompletionResult]::new('--bare', '--bare', [CompletionResultType]::ParameterName, 'Write NAME.pem, NAME-key.pem and NAME.csr, as `cfssljson -bare NAME` does [default: from the command]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory for the files')
            [CompletionResult]::new('--initca', '--initca', [CompletionResultType]::ParameterName, 'Make a new self-signed CA from the request')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print cfssl''s JSON response instead of writing files (pipe it to cfssljson)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite existing key files without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;pki;genkey' {
            [CompletionResult]::new('--bare', '--bare', [CompletionResultType]::ParameterName, 'Write NAME.pem, NAME-key.pem and NAME.csr, as `cfssljson -bare NAME` does [default: from the command]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory for the files')
            [CompletionResult]::new('--initca', '--initca', [CompletionResultType]::ParameterName, 'Make the request for a CA (CA:TRUE)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print cfssl''s JSON response instead of writing files (pipe it to cfssljson)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite existing key files without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;pki;sign' {
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM)')
            [CompletionResult]::new('--ca-key', '--ca-key', [CompletionResultType]::ParameterName, 'CA private key (PEM: PKCS#1, SEC1 or PKCS#8)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Signing config (cfssl''s ca-config.json, or YAML)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the signing config to sign under [default: the config''s default profile]')
            [CompletionResult]::new('--hostname', '--hostname', [CompletionResultType]::ParameterName, 'Hosts for the certificate, comma-separated; replaces the request''s hosts')
            [CompletionResult]::new('--bare', '--bare', [CompletionResultType]::ParameterName, 'Write NAME.pem, NAME-key.pem and NAME.csr, as `cfssljson -bare NAME` does [default: from the command]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory for the files')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print cfssl''s JSON response instead of writing files (pipe it to cfssljson)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite existing key files without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;pki;selfsign' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Signing config for usages and expiry')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile of the signing config')
            [CompletionResult]::new('--bare', '--bare', [CompletionResultType]::ParameterName, 'Write NAME.pem, NAME-key.pem and NAME.csr, as `cfssljson -bare NAME` does [default: from the command]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory for the files')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print cfssl''s JSON response instead of writing files (pipe it to cfssljson)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite existing key files without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;pki;certinfo' {
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Certificate file (PEM)')
            [CompletionResult]::new('--csr', '--csr', [CompletionResultType]::ParameterName, 'Certificate request file (PEM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'JSON as cfssl certinfo prints it, or text for people')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'JSON as cfssl certinfo prints it, or text for people')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;pki;init' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile (YAML or JSON): signing config, CA request and the set''s requests; see `ctl pki print-defaults init`')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Member addresses for the server and peer certificates, comma-separated (127.0.0.1 and localhost are always added)')
            [CompletionResult]::new('--per-member', '--per-member', [CompletionResultType]::ParameterName, 'One server and peer pair per member, server-NAME.pem and peer-NAME.pem valid for that member''s host only: NAME=HOST,… (instead of --hosts)')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Directory for the files')
            [CompletionResult]::new('--ca-name', '--ca-name', [CompletionResultType]::ParameterName, 'The CA''s common name')
            [CompletionResult]::new('--key-algo', '--key-algo', [CompletionResultType]::ParameterName, 'Key algorithm for every key [default: the seed''s RSA-2048 CA and ECDSA P-256 certificates]')
            [CompletionResult]::new('--key-size', '--key-size', [CompletionResultType]::ParameterName, 'Key size: 2048, 3072 or 4096 for rsa; 256, 384 or 521 for ecdsa')
            [CompletionResult]::new('--expiry', '--expiry', [CompletionResultType]::ParameterName, 'Lifetime of every certificate, as a Go duration')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never ask: take the flags and defaults as they are')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never ask: take the flags and defaults as they are')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite existing key files without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;pki;check' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The PKI directory (ca.pem, NAME.pem, NAME-key.pem)')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Hosts every server and peer certificate must cover, comma-separated')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Table for people, JSON for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Table for people, JSON for scripts')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Check the certificates live members serve on these client and peer URLs (comma-separated or repeated): chain, SANs, usages, expiry')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Trusted CAs for --endpoints [default: DIR/ca.pem]')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate to offer with --endpoints, for listeners that require one [default: DIR/client.pem if present]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Key of --cert')
            [CompletionResult]::new('--expiration', '--expiration', [CompletionResultType]::ParameterName, 'List every certificate with its expiry and days left, as kubeadm''s check-expiration')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;pki;renew' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The PKI directory (ca.pem, ca-key.pem, NAME.pem, NAME-key.pem)')
            [CompletionResult]::new('--expiry', '--expiry', [CompletionResultType]::ParameterName, 'New lifetime, as 8760h or 365d [default: the lifetime each certificate had]')
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Renew only certificates that expire within this window, as 30d or 720h (for a timer)')
            [CompletionResult]::new('--rekey', '--rekey', [CompletionResultType]::ParameterName, 'Make new keys (of the same kind) instead of keeping the existing ones')
            [CompletionResult]::new('--no-backup', '--no-backup', [CompletionResultType]::ParameterName, 'Do not keep the replaced files as NAME.pem.previous (and NAME-key.pem.previous)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;pki;add-host' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The PKI directory (ca.pem, ca-key.pem, NAME.pem, NAME-key.pem)')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'For a set made with init --per-member: the new member''s own pair, server-NAME.pem and peer-NAME.pem, for HOST')
            [CompletionResult]::new('--no-backup', '--no-backup', [CompletionResultType]::ParameterName, 'Do not keep the replaced files as NAME.pem.previous')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;pki;rotate-ca' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The PKI directory (ca.pem, ca-key.pem, NAME.pem, NAME-key.pem)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Make a new CA; ca.pem becomes the bundle new + old, and every certificate is re-issued from the new CA')
            [CompletionResult]::new('finish', 'finish', [CompletionResultType]::ParameterValue, 'Drop the old CA from ca.pem, once every certificate is signed by the new one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;pki;rotate-ca;start' {
            [CompletionResult]::new('--ca-name', '--ca-name', [CompletionResultType]::ParameterName, 'The new CA''s common name [default: the old one''s, with the date of the rotation]')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The PKI directory (ca.pem, ca-key.pem, NAME.pem, NAME-key.pem)')
            [CompletionResult]::new('--rekey', '--rekey', [CompletionResultType]::ParameterName, 'New keys for the re-issued certificates too')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;pki;rotate-ca;finish' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The PKI directory (ca.pem, ca-key.pem, NAME.pem, NAME-key.pem)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;pki;rotate-ca;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Make a new CA; ca.pem becomes the bundle new + old, and every certificate is re-issued from the new CA')
            [CompletionResult]::new('finish', 'finish', [CompletionResultType]::ParameterValue, 'Drop the old CA from ca.pem, once every certificate is signed by the new one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;pki;rotate-ca;help;start' {
            break
        }
        'ctl;pki;rotate-ca;help;finish' {
            break
        }
        'ctl;pki;rotate-ca;help;help' {
            break
        }
        'ctl;pki;help' {
            [CompletionResult]::new('print-defaults', 'print-defaults', [CompletionResultType]::ParameterValue, 'Print an example signing config, certificate request or init profile')
            [CompletionResult]::new('gencert', 'gencert', [CompletionResultType]::ParameterValue, 'Make a key and a certificate: a new CA with --initca, else signed by --ca')
            [CompletionResult]::new('genkey', 'genkey', [CompletionResultType]::ParameterValue, 'Make a key and a certificate request (CSR)')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a certificate request (CSR PEM) with a CA')
            [CompletionResult]::new('selfsign', 'selfsign', [CompletionResultType]::ParameterValue, 'Make a key and a self-signed certificate for HOSTNAME')
            [CompletionResult]::new('certinfo', 'certinfo', [CompletionResultType]::ParameterValue, 'Describe a certificate or CSR (cfssl certinfo''s JSON, or text)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Make the whole etcd set (CA, client, server, peer) in one step')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a PKI directory: chains, key pairs, usages, hosts, expiry, key file modes')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Re-issue certificates from the directory''s CA: same subject, SANs and usages, new validity')
            [CompletionResult]::new('add-host', 'add-host', [CompletionResultType]::ParameterValue, 'Re-issue the server and peer certificates with more hosts in their SANs (a new member''s address)')
            [CompletionResult]::new('rotate-ca', 'rotate-ca', [CompletionResultType]::ParameterValue, 'Move a directory to a new CA with no restart: start (bundle of both CAs, leaves re-issued), then finish')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;pki;help;print-defaults' {
            break
        }
        'ctl;pki;help;gencert' {
            break
        }
        'ctl;pki;help;genkey' {
            break
        }
        'ctl;pki;help;sign' {
            break
        }
        'ctl;pki;help;selfsign' {
            break
        }
        'ctl;pki;help;certinfo' {
            break
        }
        'ctl;pki;help;init' {
            break
        }
        'ctl;pki;help;check' {
            break
        }
        'ctl;pki;help;renew' {
            break
        }
        'ctl;pki;help;add-host' {
            break
        }
        'ctl;pki;help;rotate-ca' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Make a new CA; ca.pem becomes the bundle new + old, and every certificate is re-issued from the new CA')
            [CompletionResult]::new('finish', 'finish', [CompletionResultType]::ParameterValue, 'Drop the old CA from ca.pem, once every certificate is signed by the new one')
            break
        }
        'ctl;pki;help;rotate-ca;start' {
            break
        }
        'ctl;pki;help;rotate-ca;finish' {
            break
        }
        'ctl;pki;help;help' {
            break
        }
        'ctl;render-units' {
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Write an example cluster description (the seed''s cluster) to FILE and stop')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'The cluster description (YAML or JSON)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'The cluster description (YAML or JSON)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'With --cluster: render only this member. Without: define a member as NAME=ADDRESS (repeat)')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'With --cluster: render only this member. Without: define a member as NAME=ADDRESS (repeat)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to render')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory to write <member>/<file> into')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Render with this minijinja template instead of the built-in one')
            [CompletionResult]::new('--check-pki', '--check-pki', [CompletionResultType]::ParameterName, 'Check that the certificates in DIR fit the members before writing')
            [CompletionResult]::new('--pki-dir', '--pki-dir', [CompletionResultType]::ParameterName, 'PKI directory with server.pem, server-key.pem, peer.pem, peer-key.pem, ca.pem')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, '--initial-cluster-token')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory')
            [CompletionResult]::new('--heartbeat-interval', '--heartbeat-interval', [CompletionResultType]::ParameterName, 'Heartbeat interval in milliseconds')
            [CompletionResult]::new('--election-timeout', '--election-timeout', [CompletionResultType]::ParameterName, 'Election timeout in milliseconds')
            [CompletionResult]::new('--binary', '--binary', [CompletionResultType]::ParameterName, 'The member command, e.g. /usr/local/bin/etcd or "/usr/local/bin/ctl serve"')
            [CompletionResult]::new('--stdout', '--stdout', [CompletionResultType]::ParameterName, 'Print instead of writing files')
            [CompletionResult]::new('--print-template', '--print-template', [CompletionResultType]::ParameterName, 'Print the built-in template for --format and the variables it gets')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing file with --init')
            [CompletionResult]::new('--per-member-certs', '--per-member-certs', [CompletionResultType]::ParameterName, 'Each member uses its own pair, server-NAME.pem and peer-NAME.pem (from `ctl pki init --per-member`)')
            [CompletionResult]::new('--no-tls', '--no-tls', [CompletionResultType]::ParameterName, 'Plain http instead of TLS')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;serve' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Human-readable name of this member')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Data directory [default: <name>.etcd]')
            [CompletionResult]::new('--listen-client-urls', '--listen-client-urls', [CompletionResultType]::ParameterName, 'URLs to serve clients on, comma-separated')
            [CompletionResult]::new('--advertise-client-urls', '--advertise-client-urls', [CompletionResultType]::ParameterName, 'Client URLs advertised to the cluster')
            [CompletionResult]::new('--listen-peer-urls', '--listen-peer-urls', [CompletionResultType]::ParameterName, 'URLs to serve peers on')
            [CompletionResult]::new('--initial-advertise-peer-urls', '--initial-advertise-peer-urls', [CompletionResultType]::ParameterName, 'Peer URLs advertised to the cluster')
            [CompletionResult]::new('--initial-cluster', '--initial-cluster', [CompletionResultType]::ParameterName, 'Every member at bootstrap: name=peerURL,…')
            [CompletionResult]::new('--initial-cluster-state', '--initial-cluster-state', [CompletionResultType]::ParameterName, 'new, or existing to join a running cluster')
            [CompletionResult]::new('--initial-cluster-token', '--initial-cluster-token', [CompletionResultType]::ParameterName, 'Token that keeps separate clusters apart')
            [CompletionResult]::new('--heartbeat-interval', '--heartbeat-interval', [CompletionResultType]::ParameterName, 'Milliseconds between leader heartbeats')
            [CompletionResult]::new('--election-timeout', '--election-timeout', [CompletionResultType]::ParameterName, 'Milliseconds without a heartbeat before an election')
            [CompletionResult]::new('--snapshot-count', '--snapshot-count', [CompletionResultType]::ParameterName, 'Applied entries between snapshots of the log')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client server certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Client server key')
            [CompletionResult]::new('--trusted-ca-file', '--trusted-ca-file', [CompletionResultType]::ParameterName, 'CA that client certificates must chain to')
            [CompletionResult]::new('--peer-cert-file', '--peer-cert-file', [CompletionResultType]::ParameterName, 'Peer certificate')
            [CompletionResult]::new('--peer-key-file', '--peer-key-file', [CompletionResultType]::ParameterName, 'Peer key')
            [CompletionResult]::new('--peer-trusted-ca-file', '--peer-trusted-ca-file', [CompletionResultType]::ParameterName, 'CA that peer certificates must chain to')
            [CompletionResult]::new('--client-crl-file', '--client-crl-file', [CompletionResultType]::ParameterName, 'Certificate revocation list (PEM or DER) checked against client certificates')
            [CompletionResult]::new('--peer-crl-file', '--peer-crl-file', [CompletionResultType]::ParameterName, 'Certificate revocation list (PEM or DER) checked against peer certificates')
            [CompletionResult]::new('--client-cert-allowed-hostname', '--client-cert-allowed-hostname', [CompletionResultType]::ParameterName, 'Client certificates must name one of these hosts in their SANs, comma-separated')
            [CompletionResult]::new('--peer-cert-allowed-cn', '--peer-cert-allowed-cn', [CompletionResultType]::ParameterName, 'Peer certificates must have one of these common names, comma-separated')
            [CompletionResult]::new('--peer-cert-allowed-hostname', '--peer-cert-allowed-hostname', [CompletionResultType]::ParameterName, 'Peer certificates must name one of these hosts in their SANs, comma-separated')
            [CompletionResult]::new('--cipher-suites', '--cipher-suites', [CompletionResultType]::ParameterName, 'TLS 1.2 cipher suites by their IANA names, comma-separated (TLS 1.3''s are always on)')
            [CompletionResult]::new('--tls-min-version', '--tls-min-version', [CompletionResultType]::ParameterName, 'Lowest TLS version: TLS1.2 or TLS1.3')
            [CompletionResult]::new('--tls-max-version', '--tls-max-version', [CompletionResultType]::ParameterName, 'Highest TLS version: TLS1.2 or TLS1.3 (empty: the highest there is)')
            [CompletionResult]::new('--quota-backend-bytes', '--quota-backend-bytes', [CompletionResultType]::ParameterName, 'Backend size that raises the NOSPACE alarm')
            [CompletionResult]::new('--max-request-bytes', '--max-request-bytes', [CompletionResultType]::ParameterName, 'Largest client request accepted')
            [CompletionResult]::new('--max-txn-ops', '--max-txn-ops', [CompletionResultType]::ParameterName, 'Most operations in one transaction')
            [CompletionResult]::new('--auto-compaction-mode', '--auto-compaction-mode', [CompletionResultType]::ParameterName, 'periodic or revision')
            [CompletionResult]::new('--auto-compaction-retention', '--auto-compaction-retention', [CompletionResultType]::ParameterName, 'Hours (or a duration like 30m) for periodic; revisions to keep for revision; 0 is off')
            [CompletionResult]::new('--auth-token', '--auth-token', [CompletionResultType]::ParameterName, 'Auth tokens: simple, or jwt,pub-key=FILE,priv-key=FILE,sign-method=RS256|ES256|EdDSA|…[,ttl=5m]')
            [CompletionResult]::new('--auth-token-ttl', '--auth-token-ttl', [CompletionResultType]::ParameterName, 'Seconds a simple token lives after its last use')
            [CompletionResult]::new('--bcrypt-cost', '--bcrypt-cost', [CompletionResultType]::ParameterName, 'bcrypt cost of stored passwords (4–31)')
            [CompletionResult]::new('--listen-metrics-urls', '--listen-metrics-urls', [CompletionResultType]::ParameterName, 'More URLs that serve /metrics and /health alone (http or https, with the client TLS files), comma-separated')
            [CompletionResult]::new('--metrics', '--metrics', [CompletionResultType]::ParameterName, 'basic, or extensive to add gRPC handling-time histograms')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'debug, info, warn or error')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'etcd''s YAML configuration file; when given, it replaces the flags and variables')
            [CompletionResult]::new('--client-cert-auth', '--client-cert-auth', [CompletionResultType]::ParameterName, 'Require client certificates')
            [CompletionResult]::new('--peer-client-cert-auth', '--peer-client-cert-auth', [CompletionResultType]::ParameterName, 'Require peer certificates')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;up' {
            [CompletionResult]::new('--members', '--members', [CompletionResultType]::ParameterName, 'How many members (1 to 7), on 127.0.0.1, 127.0.0.2, … [default: 3]')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The sandbox directory; an existing sandbox is restarted with its data')
            [CompletionResult]::new('--client-port', '--client-port', [CompletionResultType]::ParameterName, 'Every member''s client port, on its own address')
            [CompletionResult]::new('--peer-port', '--peer-port', [CompletionResultType]::ParameterName, 'Every member''s peer port, on its own address')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long the cluster may take to become healthy')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Return once the cluster is healthy, leaving the members running (stop them with `ctl down`)')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Return once the cluster is healthy, leaving the members running (stop them with `ctl down`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;down' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The sandbox directory')
            [CompletionResult]::new('--purge', '--purge', [CompletionResultType]::ParameterName, 'Also delete the sandbox: certificates, data and logs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;cluster-health' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Check again every SECONDS until interrupted')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Check again every SECONDS until interrupted')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;member' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the members: ID, status, name, peer and client URLs, learner')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member (start it afterwards with the printed settings)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member (by hex ID or name)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s peer URLs (by hex ID or name)')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Promote a learner to a voting member (by hex ID or name)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;member;list' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;member;add' {
            [CompletionResult]::new('--peer-urls', '--peer-urls', [CompletionResultType]::ParameterName, 'The new member''s peer URLs, comma-separated')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--learner', '--learner', [CompletionResultType]::ParameterName, 'Add it as a learner, which gets the log but does not vote until promoted')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;member;remove' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;member;update' {
            [CompletionResult]::new('--peer-urls', '--peer-urls', [CompletionResultType]::ParameterName, 'The new peer URLs, comma-separated')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;member;promote' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;member;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the members: ID, status, name, peer and client URLs, learner')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member (start it afterwards with the printed settings)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member (by hex ID or name)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s peer URLs (by hex ID or name)')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Promote a learner to a voting member (by hex ID or name)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;member;help;list' {
            break
        }
        'ctl;member;help;add' {
            break
        }
        'ctl;member;help;remove' {
            break
        }
        'ctl;member;help;update' {
            break
        }
        'ctl;member;help;promote' {
            break
        }
        'ctl;member;help;help' {
            break
        }
        'ctl;endpoint' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Use every member''s client URLs (from the member list) instead of --endpoints')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Whether each endpoint commits a read through raft and has no alarm')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Each endpoint''s member ID, version, database size, leadership and raft indexes')
            [CompletionResult]::new('hashkv', 'hashkv', [CompletionResultType]::ParameterValue, 'Each endpoint''s hash of its keys and values (equal hashes: equal data)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;endpoint;health' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Use every member''s client URLs (from the member list) instead of --endpoints')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;endpoint;status' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Use every member''s client URLs (from the member list) instead of --endpoints')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;endpoint;hashkv' {
            [CompletionResult]::new('--rev', '--rev', [CompletionResultType]::ParameterName, 'Hash up to this revision (0: the latest)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Use every member''s client URLs (from the member list) instead of --endpoints')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;endpoint;help' {
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Whether each endpoint commits a read through raft and has no alarm')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Each endpoint''s member ID, version, database size, leadership and raft indexes')
            [CompletionResult]::new('hashkv', 'hashkv', [CompletionResultType]::ParameterValue, 'Each endpoint''s hash of its keys and values (equal hashes: equal data)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;endpoint;help;health' {
            break
        }
        'ctl;endpoint;help;status' {
            break
        }
        'ctl;endpoint;help;hashkv' {
            break
        }
        'ctl;endpoint;help;help' {
            break
        }
        'ctl;get' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many keys')
            [CompletionResult]::new('--rev', '--rev', [CompletionResultType]::ParameterName, 'Read at this revision (0: the latest)')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'l: linearizable (through the leader); s: serializable (this member''s copy, faster)')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort by this field')
            [CompletionResult]::new('--order', '--order', [CompletionResultType]::ParameterName, 'Sort order')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Every key that starts with KEY')
            [CompletionResult]::new('--from-key', '--from-key', [CompletionResultType]::ParameterName, 'Every key from KEY on')
            [CompletionResult]::new('--keys-only', '--keys-only', [CompletionResultType]::ParameterName, 'Keys without values')
            [CompletionResult]::new('--count-only', '--count-only', [CompletionResultType]::ParameterName, 'Only the number of keys')
            [CompletionResult]::new('--print-value-only', '--print-value-only', [CompletionResultType]::ParameterName, 'Values without keys')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;put' {
            [CompletionResult]::new('--lease', '--lease', [CompletionResultType]::ParameterName, 'Attach the key to this lease (hex ID)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--prev-kv', '--prev-kv', [CompletionResultType]::ParameterName, 'Print the previous key-value')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;del' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Every key that starts with KEY')
            [CompletionResult]::new('--from-key', '--from-key', [CompletionResultType]::ParameterName, 'Every key from KEY on')
            [CompletionResult]::new('--prev-kv', '--prev-kv', [CompletionResultType]::ParameterName, 'Print the deleted key-values')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;watch' {
            [CompletionResult]::new('--rev', '--rev', [CompletionResultType]::ParameterName, 'Start from this revision (0: from now); history must not be compacted')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Every key that starts with KEY')
            [CompletionResult]::new('--from-key', '--from-key', [CompletionResultType]::ParameterName, 'Every key from KEY on')
            [CompletionResult]::new('--prev-kv', '--prev-kv', [CompletionResultType]::ParameterName, 'Print each event''s previous key-value')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;txn' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;lease' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a lease with a TTL in seconds')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a lease, deleting its keys')
            [CompletionResult]::new('timetolive', 'timetolive', [CompletionResultType]::ParameterValue, 'Show a lease''s granted and remaining TTL')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the leases')
            [CompletionResult]::new('keep-alive', 'keep-alive', [CompletionResultType]::ParameterValue, 'Keep a lease alive until interrupted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;lease;grant' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;lease;revoke' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;lease;timetolive' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--keys', '--keys', [CompletionResultType]::ParameterName, 'List the keys attached to it')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;lease;list' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;lease;keep-alive' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--once', '--once', [CompletionResultType]::ParameterName, 'Renew once and exit')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;lease;help' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a lease with a TTL in seconds')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a lease, deleting its keys')
            [CompletionResult]::new('timetolive', 'timetolive', [CompletionResultType]::ParameterValue, 'Show a lease''s granted and remaining TTL')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the leases')
            [CompletionResult]::new('keep-alive', 'keep-alive', [CompletionResultType]::ParameterValue, 'Keep a lease alive until interrupted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;lease;help;grant' {
            break
        }
        'ctl;lease;help;revoke' {
            break
        }
        'ctl;lease;help;timetolive' {
            break
        }
        'ctl;lease;help;list' {
            break
        }
        'ctl;lease;help;keep-alive' {
            break
        }
        'ctl;lease;help;help' {
            break
        }
        'ctl;user' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user: NAME or NAME:PASSWORD (asked for twice on a terminal when left out)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a user''s roles')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change a user''s password')
            [CompletionResult]::new('grant-role', 'grant-role', [CompletionResultType]::ParameterValue, 'Grant a role to a user')
            [CompletionResult]::new('revoke-role', 'revoke-role', [CompletionResultType]::ParameterValue, 'Revoke a role from a user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;user;add' {
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Ask for the password on the terminal; false reads one line from standard input')
            [CompletionResult]::new('--new-user-password', '--new-user-password', [CompletionResultType]::ParameterName, 'The new user''s password, instead of asking')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--no-password', '--no-password', [CompletionResultType]::ParameterName, 'A user without a password (it logs in with a client certificate)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;user;delete' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;user;get' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--detail', '--detail', [CompletionResultType]::ParameterName, 'Show each role''s permissions too')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;user;list' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;user;passwd' {
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Ask on the terminal; false reads one line from standard input')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;user;grant-role' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;user;revoke-role' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user: NAME or NAME:PASSWORD (asked for twice on a terminal when left out)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a user''s roles')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change a user''s password')
            [CompletionResult]::new('grant-role', 'grant-role', [CompletionResultType]::ParameterValue, 'Grant a role to a user')
            [CompletionResult]::new('revoke-role', 'revoke-role', [CompletionResultType]::ParameterValue, 'Revoke a role from a user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;user;help;add' {
            break
        }
        'ctl;user;help;delete' {
            break
        }
        'ctl;user;help;get' {
            break
        }
        'ctl;user;help;list' {
            break
        }
        'ctl;user;help;passwd' {
            break
        }
        'ctl;user;help;grant-role' {
            break
        }
        'ctl;user;help;revoke-role' {
            break
        }
        'ctl;user;help;help' {
            break
        }
        'ctl;role' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a role')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a role''s permissions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles')
            [CompletionResult]::new('grant-permission', 'grant-permission', [CompletionResultType]::ParameterValue, 'Grant read, write or readwrite on a key, a range [KEY, END), a prefix or from a key')
            [CompletionResult]::new('revoke-permission', 'revoke-permission', [CompletionResultType]::ParameterValue, 'Revoke a permission (KEY and END as it was granted)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;role;add' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;role;delete' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;role;get' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;role;list' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;role;grant-permission' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'The permission covers every key starting with KEY')
            [CompletionResult]::new('--from-key', '--from-key', [CompletionResultType]::ParameterName, 'The permission covers KEY and every key after it')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;role;revoke-permission' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'prefix')
            [CompletionResult]::new('--from-key', '--from-key', [CompletionResultType]::ParameterName, 'from-key')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;role;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a role')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a role''s permissions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles')
            [CompletionResult]::new('grant-permission', 'grant-permission', [CompletionResultType]::ParameterValue, 'Grant read, write or readwrite on a key, a range [KEY, END), a prefix or from a key')
            [CompletionResult]::new('revoke-permission', 'revoke-permission', [CompletionResultType]::ParameterValue, 'Revoke a permission (KEY and END as it was granted)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;role;help;add' {
            break
        }
        'ctl;role;help;delete' {
            break
        }
        'ctl;role;help;get' {
            break
        }
        'ctl;role;help;list' {
            break
        }
        'ctl;role;help;grant-permission' {
            break
        }
        'ctl;role;help;revoke-permission' {
            break
        }
        'ctl;role;help;help' {
            break
        }
        'ctl;auth' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn authentication on (creates the root role for the root user when it lacks one)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn authentication off')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether authentication is on, and the auth store''s revision')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;auth;enable' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;auth;disable' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;auth;status' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;auth;help' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn authentication on (creates the root role for the root user when it lacks one)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn authentication off')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether authentication is on, and the auth store''s revision')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;auth;help;enable' {
            break
        }
        'ctl;auth;help;disable' {
            break
        }
        'ctl;auth;help;status' {
            break
        }
        'ctl;auth;help;help' {
            break
        }
        'ctl;lock' {
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'The TTL of the lock''s lease, in seconds: how long the lock outlives a holder that dies')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;elect' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Print the leader''s key and value at each change instead of campaigning')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Print the leader''s key and value at each change instead of campaigning')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;make-mirror' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Mirror only the keys under this prefix')
            [CompletionResult]::new('--dest-prefix', '--dest-prefix', [CompletionResultType]::ParameterName, 'Put the mirrored keys under this prefix at the destination (instead of --prefix)')
            [CompletionResult]::new('--max-txn-ops', '--max-txn-ops', [CompletionResultType]::ParameterName, 'Most changes in one txn at the destination')
            [CompletionResult]::new('--rev', '--rev', [CompletionResultType]::ParameterName, 'Start from this source revision instead of copying the current keys first')
            [CompletionResult]::new('--dest-cacert', '--dest-cacert', [CompletionResultType]::ParameterName, 'The destination''s CA certificate')
            [CompletionResult]::new('--dest-cert', '--dest-cert', [CompletionResultType]::ParameterName, 'The client certificate for the destination')
            [CompletionResult]::new('--dest-key', '--dest-key', [CompletionResultType]::ParameterName, 'Its private key')
            [CompletionResult]::new('--dest-user', '--dest-user', [CompletionResultType]::ParameterName, 'The destination''s user: NAME or NAME:PASSWORD')
            [CompletionResult]::new('--dest-password', '--dest-password', [CompletionResultType]::ParameterName, 'The destination user''s password')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--no-dest-prefix', '--no-dest-prefix', [CompletionResultType]::ParameterName, 'Strip --prefix from the keys at the destination')
            [CompletionResult]::new('--dest-insecure-skip-tls-verify', '--dest-insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any certificate from the destination')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;snapshot' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Save a member''s backend to FILE in etcd''s format (bbolt and a SHA-256 trailer, as etcdctl writes it; 0600, checked, all or nothing), from etcd or ctl')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Print a snapshot''s hash, revision, total keys and size, as `etcdutl snapshot status`')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Make a new member''s data dir from a snapshot (etcd''s or ctl''s), as `etcdutl snapshot restore`: every key with its revisions, leases, the compaction, and the membership the flags give')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;snapshot;save' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;snapshot;status' {
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;snapshot;restore' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'The data dir to create (must not exist, or be empty)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'This member''s name')
            [CompletionResult]::new('--initial-cluster', '--initial-cluster', [CompletionResultType]::ParameterName, 'Every member of the restored cluster: name=peerURL,…')
            [CompletionResult]::new('--initial-cluster-token', '--initial-cluster-token', [CompletionResultType]::ParameterName, 'The restored cluster''s token (a new cluster identity)')
            [CompletionResult]::new('--initial-advertise-peer-urls', '--initial-advertise-peer-urls', [CompletionResultType]::ParameterName, 'This member''s peer URLs')
            [CompletionResult]::new('--bump-revision', '--bump-revision', [CompletionResultType]::ParameterName, 'Move the revision on by this much (with --mark-compacted), so clients'' watches from before the restore resync instead of missing changes')
            [CompletionResult]::new('--skip-hash-check', '--skip-hash-check', [CompletionResultType]::ParameterName, 'Restore even without (or with a wrong) SHA-256 trailer, e.g. a member''s raw db file')
            [CompletionResult]::new('--mark-compacted', '--mark-compacted', [CompletionResultType]::ParameterName, 'Mark the bumped revision compacted (with --bump-revision)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;snapshot;help' {
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Save a member''s backend to FILE in etcd''s format (bbolt and a SHA-256 trailer, as etcdctl writes it; 0600, checked, all or nothing), from etcd or ctl')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Print a snapshot''s hash, revision, total keys and size, as `etcdutl snapshot status`')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Make a new member''s data dir from a snapshot (etcd''s or ctl''s), as `etcdutl snapshot restore`: every key with its revisions, leases, the compaction, and the membership the flags give')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;snapshot;help;save' {
            break
        }
        'ctl;snapshot;help;status' {
            break
        }
        'ctl;snapshot;help;restore' {
            break
        }
        'ctl;snapshot;help;help' {
            break
        }
        'ctl;move-leader' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;defrag' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Defragment every member (from the member list) instead of --endpoints')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;compaction' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--physical', '--physical', [CompletionResultType]::ParameterName, 'Wait until the compaction is applied to the backend')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;alarm' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the raised alarms')
            [CompletionResult]::new('disarm', 'disarm', [CompletionResultType]::ParameterValue, 'Clear every alarm (after freeing space: compaction and defrag)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;alarm;list' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;alarm;disarm' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;alarm;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the raised alarms')
            [CompletionResult]::new('disarm', 'disarm', [CompletionResultType]::ParameterValue, 'Clear every alarm (after freeing space: compaction and defrag)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;alarm;help;list' {
            break
        }
        'ctl;alarm;help;disarm' {
            break
        }
        'ctl;alarm;help;help' {
            break
        }
        'ctl;bench' {
            [CompletionResult]::new('--conns', '--conns', [CompletionResultType]::ParameterName, 'gRPC connections, shared by the clients')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Concurrent clients')
            [CompletionResult]::new('--total', '--total', [CompletionResultType]::ParameterName, 'Requests in all')
            [CompletionResult]::new('--key-size', '--key-size', [CompletionResultType]::ParameterName, 'Key size in bytes')
            [CompletionResult]::new('--val-size', '--val-size', [CompletionResultType]::ParameterName, 'Value size in bytes')
            [CompletionResult]::new('--key-space-size', '--key-space-size', [CompletionResultType]::ParameterName, 'How many distinct keys to write')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests per second over all clients (0: as fast as possible)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--sequential-keys', '--sequential-keys', [CompletionResultType]::ParameterName, 'Write keys in order instead of at random')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Put keys')
            [CompletionResult]::new('range', 'range', [CompletionResultType]::ParameterValue, 'Read a key or range')
            [CompletionResult]::new('txn-put', 'txn-put', [CompletionResultType]::ParameterValue, 'Transactions of puts')
            [CompletionResult]::new('watch-latency', 'watch-latency', [CompletionResultType]::ParameterValue, 'Latency from a put to its watch events (puts at --rate, default 100/s)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;bench;put' {
            [CompletionResult]::new('--conns', '--conns', [CompletionResultType]::ParameterName, 'gRPC connections, shared by the clients')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Concurrent clients')
            [CompletionResult]::new('--total', '--total', [CompletionResultType]::ParameterName, 'Requests in all')
            [CompletionResult]::new('--key-size', '--key-size', [CompletionResultType]::ParameterName, 'Key size in bytes')
            [CompletionResult]::new('--val-size', '--val-size', [CompletionResultType]::ParameterName, 'Value size in bytes')
            [CompletionResult]::new('--key-space-size', '--key-space-size', [CompletionResultType]::ParameterName, 'How many distinct keys to write')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests per second over all clients (0: as fast as possible)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--sequential-keys', '--sequential-keys', [CompletionResultType]::ParameterName, 'Write keys in order instead of at random')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;bench;range' {
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'l: linearizable, s: serializable')
            [CompletionResult]::new('--conns', '--conns', [CompletionResultType]::ParameterName, 'gRPC connections, shared by the clients')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Concurrent clients')
            [CompletionResult]::new('--total', '--total', [CompletionResultType]::ParameterName, 'Requests in all')
            [CompletionResult]::new('--key-size', '--key-size', [CompletionResultType]::ParameterName, 'Key size in bytes')
            [CompletionResult]::new('--val-size', '--val-size', [CompletionResultType]::ParameterName, 'Value size in bytes')
            [CompletionResult]::new('--key-space-size', '--key-space-size', [CompletionResultType]::ParameterName, 'How many distinct keys to write')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests per second over all clients (0: as fast as possible)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Every key with the prefix KEY')
            [CompletionResult]::new('--sequential-keys', '--sequential-keys', [CompletionResultType]::ParameterName, 'Write keys in order instead of at random')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;bench;txn-put' {
            [CompletionResult]::new('--txn-ops', '--txn-ops', [CompletionResultType]::ParameterName, 'Puts per transaction')
            [CompletionResult]::new('--conns', '--conns', [CompletionResultType]::ParameterName, 'gRPC connections, shared by the clients')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Concurrent clients')
            [CompletionResult]::new('--total', '--total', [CompletionResultType]::ParameterName, 'Requests in all')
            [CompletionResult]::new('--key-size', '--key-size', [CompletionResultType]::ParameterName, 'Key size in bytes')
            [CompletionResult]::new('--val-size', '--val-size', [CompletionResultType]::ParameterName, 'Value size in bytes')
            [CompletionResult]::new('--key-space-size', '--key-space-size', [CompletionResultType]::ParameterName, 'How many distinct keys to write')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests per second over all clients (0: as fast as possible)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--sequential-keys', '--sequential-keys', [CompletionResultType]::ParameterName, 'Write keys in order instead of at random')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;bench;watch-latency' {
            [CompletionResult]::new('--watchers', '--watchers', [CompletionResultType]::ParameterName, 'Watch streams')
            [CompletionResult]::new('--conns', '--conns', [CompletionResultType]::ParameterName, 'gRPC connections, shared by the clients')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Concurrent clients')
            [CompletionResult]::new('--total', '--total', [CompletionResultType]::ParameterName, 'Requests in all')
            [CompletionResult]::new('--key-size', '--key-size', [CompletionResultType]::ParameterName, 'Key size in bytes')
            [CompletionResult]::new('--val-size', '--val-size', [CompletionResultType]::ParameterName, 'Value size in bytes')
            [CompletionResult]::new('--key-space-size', '--key-space-size', [CompletionResultType]::ParameterName, 'How many distinct keys to write')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Requests per second over all clients (0: as fast as possible)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--sequential-keys', '--sequential-keys', [CompletionResultType]::ParameterName, 'Write keys in order instead of at random')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;bench;help' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Put keys')
            [CompletionResult]::new('range', 'range', [CompletionResultType]::ParameterValue, 'Read a key or range')
            [CompletionResult]::new('txn-put', 'txn-put', [CompletionResultType]::ParameterValue, 'Transactions of puts')
            [CompletionResult]::new('watch-latency', 'watch-latency', [CompletionResultType]::ParameterValue, 'Latency from a put to its watch events (puts at --rate, default 100/s)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;bench;help;put' {
            break
        }
        'ctl;bench;help;range' {
            break
        }
        'ctl;bench;help;txn-put' {
            break
        }
        'ctl;bench;help;watch-latency' {
            break
        }
        'ctl;bench;help;help' {
            break
        }
        'ctl;check' {
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('perf', 'perf', [CompletionResultType]::ParameterValue, 'Put at the model''s rate for 60 s and judge as etcdctl does: no errors, at least 90% of the rate, no request over 0.5 s, a standard deviation under 0.1 s')
            [CompletionResult]::new('datascale', 'datascale', [CompletionResultType]::ParameterValue, 'Put the model''s key-value pairs (1 KiB each) into the first endpoint and report how much its resident memory grew, from its /metrics')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;check;perf' {
            [CompletionResult]::new('--load', '--load', [CompletionResultType]::ParameterName, 's (150 puts/s, 50 clients), m (1000, 200), l (8000, 500) or xl (15000, 1000)')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Where the check''s keys go; it must hold no keys, and is emptied afterwards')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long to put (etcdctl: always 60 s)')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--auto-compact', '--auto-compact', [CompletionResultType]::ParameterName, 'Compact to the revision of the final delete')
            [CompletionResult]::new('--auto-defrag', '--auto-defrag', [CompletionResultType]::ParameterName, 'Defragment every endpoint afterwards')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;check;datascale' {
            [CompletionResult]::new('--load', '--load', [CompletionResultType]::ParameterName, 's (10k pairs, 50 clients), m (100k, 200), l (1M, 500) or xl (3M, 1000)')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Where the check''s keys go; it must hold no keys, and is emptied afterwards')
            [CompletionResult]::new('--endpoints', '--endpoints', [CompletionResultType]::ParameterName, 'Members to talk to: host:port or URLs, comma-separated ([::1]:2379 for IPv6); https when any TLS flag is given')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'CA certificate that signed the members'' server certificates')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--cert-file', '--cert-file', [CompletionResultType]::ParameterName, 'Client certificate, for members that require one (--client-cert-auth)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Private key of the client certificate')
            [CompletionResult]::new('--dial-timeout', '--dial-timeout', [CompletionResultType]::ParameterName, 'How long to wait for a connection (TCP and TLS)')
            [CompletionResult]::new('--command-timeout', '--command-timeout', [CompletionResultType]::ParameterName, 'How long to wait for an answer')
            [CompletionResult]::new('--keepalive-time', '--keepalive-time', [CompletionResultType]::ParameterName, 'How often to ping a connection that has streams open (at least every 10 s, as etcdctl)')
            [CompletionResult]::new('--keepalive-timeout', '--keepalive-timeout', [CompletionResultType]::ParameterName, 'How long a ping may go unanswered before the connection counts as lost')
            [CompletionResult]::new('--insecure-transport', '--insecure-transport', [CompletionResultType]::ParameterName, 'Plain http for endpoints without a scheme when no TLS flag is given; false: https, with the system''s trusted CAs unless --cacert says otherwise')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--write-out', '--write-out', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User for members with auth on: NAME or NAME:PASSWORD (asked for on a terminal when left out)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The --user''s password (instead of NAME:PASSWORD)')
            [CompletionResult]::new('--auto-compact', '--auto-compact', [CompletionResultType]::ParameterName, 'Compact to the revision of the final delete')
            [CompletionResult]::new('--auto-defrag', '--auto-defrag', [CompletionResultType]::ParameterName, 'Defragment every endpoint afterwards')
            [CompletionResult]::new('--insecure-skip-tls-verify', '--insecure-skip-tls-verify', [CompletionResultType]::ParameterName, 'Accept any server certificate (encrypted, but not authenticated: for diagnosis only)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print the client flags (as ETCDCTL_* variables, the password hidden) and each connection''s outcome on standard error')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'Print keys and values as hex-escaped bytes (\x66\x6f\x6f), as etcdctl --hex')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;check;help' {
            [CompletionResult]::new('perf', 'perf', [CompletionResultType]::ParameterValue, 'Put at the model''s rate for 60 s and judge as etcdctl does: no errors, at least 90% of the rate, no request over 0.5 s, a standard deviation under 0.1 s')
            [CompletionResult]::new('datascale', 'datascale', [CompletionResultType]::ParameterValue, 'Put the model''s key-value pairs (1 KiB each) into the first endpoint and report how much its resident memory grew, from its /metrics')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;check;help;perf' {
            break
        }
        'ctl;check;help;datascale' {
            break
        }
        'ctl;check;help;help' {
            break
        }
        'ctl;version' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;completions' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ctl;help' {
            [CompletionResult]::new('pki', 'pki', [CompletionResultType]::ParameterValue, 'cfssl-compatible certificate tooling: CA, client, server and peer certificates')
            [CompletionResult]::new('render-units', 'render-units', [CompletionResultType]::ParameterValue, 'Render per-member systemd units, etcd config files or environment files from one cluster description')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run an etcd v3 member (etcd''s flags and ETCD_* variables; the real etcdctl works against it)')
            [CompletionResult]::new('up', 'up', [CompletionResultType]::ParameterValue, 'Start a secure local cluster: certificates, units, members on 127.0.0.1…N, health')
            [CompletionResult]::new('down', 'down', [CompletionResultType]::ParameterValue, 'Stop a sandbox started with `ctl up --detach`')
            [CompletionResult]::new('cluster-health', 'cluster-health', [CompletionResultType]::ParameterValue, 'Check every member''s health, as `etcdctl cluster-health` did (v3 API; real etcd or ctl)')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'List, add, remove, update or promote members')
            [CompletionResult]::new('endpoint', 'endpoint', [CompletionResultType]::ParameterValue, 'Per-endpoint health, status and data hashes')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get keys (a key, a range, a prefix)')
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Put a key')
            [CompletionResult]::new('del', 'del', [CompletionResultType]::ParameterValue, 'Delete keys (a key, a range, a prefix)')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Print changes to keys until interrupted')
            [CompletionResult]::new('txn', 'txn', [CompletionResultType]::ParameterValue, 'Run a transaction read from standard input (etcdctl''s txn format)')
            [CompletionResult]::new('lease', 'lease', [CompletionResultType]::ParameterValue, 'Grant, revoke, inspect, list and keep alive leases')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, delete, inspect and list users; grant and revoke their roles; change passwords')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Add, delete, inspect and list roles; grant and revoke their permissions')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Turn authentication on or off, or show whether it is on')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Acquire a named lock, then hold it until interrupted or run a command while holding it')
            [CompletionResult]::new('elect', 'elect', [CompletionResultType]::ParameterValue, 'Campaign in a named election and lead until interrupted, or watch its leader (--listen)')
            [CompletionResult]::new('make-mirror', 'make-mirror', [CompletionResultType]::ParameterValue, 'Copy keys to another cluster, then keep copying every change, until interrupted')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Save a member''s backend to a file')
            [CompletionResult]::new('move-leader', 'move-leader', [CompletionResultType]::ParameterValue, 'Hand the leadership to another member')
            [CompletionResult]::new('defrag', 'defrag', [CompletionResultType]::ParameterValue, 'Defragment members'' backends, returning freed space to the file system')
            [CompletionResult]::new('compaction', 'compaction', [CompletionResultType]::ParameterValue, 'Discard the key history before a revision')
            [CompletionResult]::new('alarm', 'alarm', [CompletionResultType]::ParameterValue, 'List or disarm alarms (NOSPACE, CORRUPT)')
            [CompletionResult]::new('bench', 'bench', [CompletionResultType]::ParameterValue, 'Load a cluster like etcd''s benchmark tool: put, range, txn-put, watch-latency')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the cluster as etcdctl check does: perf (throughput and latency under a load model) and datascale (memory per stored data)')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print ctl''s version and the etcd API version it speaks (as etcdctl version)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ctl;help;pki' {
            [CompletionResult]::new('print-defaults', 'print-defaults', [CompletionResultType]::ParameterValue, 'Print an example signing config, certificate request or init profile')
            [CompletionResult]::new('gencert', 'gencert', [CompletionResultType]::ParameterValue, 'Make a key and a certificate: a new CA with --initca, else signed by --ca')
            [CompletionResult]::new('genkey', 'genkey', [CompletionResultType]::ParameterValue, 'Make a key and a certificate request (CSR)')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a certificate request (CSR PEM) with a CA')
            [CompletionResult]::new('selfsign', 'selfsign', [CompletionResultType]::ParameterValue, 'Make a key and a self-signed certificate for HOSTNAME')
            [CompletionResult]::new('certinfo', 'certinfo', [CompletionResultType]::ParameterValue, 'Describe a certificate or CSR (cfssl certinfo''s JSON, or text)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Make the whole etcd set (CA, client, server, peer) in one step')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a PKI directory: chains, key pairs, usages, hosts, expiry, key file modes')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Re-issue certificates from the directory''s CA: same subject, SANs and usages, new validity')
            [CompletionResult]::new('add-host', 'add-host', [CompletionResultType]::ParameterValue, 'Re-issue the server and peer certificates with more hosts in their SANs (a new member''s address)')
            [CompletionResult]::new('rotate-ca', 'rotate-ca', [CompletionResultType]::ParameterValue, 'Move a directory to a new CA with no restart: start (bundle of both CAs, leaves re-issued), then finish')
            break
        }
        'ctl;help;pki;print-defaults' {
            break
        }
        'ctl;help;pki;gencert' {
            break
        }
        'ctl;help;pki;genkey' {
            break
        }
        'ctl;help;pki;sign' {
            break
        }
        'ctl;help;pki;selfsign' {
            break
        }
        'ctl;help;pki;certinfo' {
            break
        }
        'ctl;help;pki;init' {
            break
        }
        'ctl;help;pki;check' {
            break
        }
        'ctl;help;pki;renew' {
            break
        }
        'ctl;help;pki;add-host' {
            break
        }
        'ctl;help;pki;rotate-ca' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Make a new CA; ca.pem becomes the bundle new + old, and every certificate is re-issued from the new CA')
            [CompletionResult]::new('finish', 'finish', [CompletionResultType]::ParameterValue, 'Drop the old CA from ca.pem, once every certificate is signed by the new one')
            break
        }
        'ctl;help;pki;rotate-ca;start' {
            break
        }
        'ctl;help;pki;rotate-ca;finish' {
            break
        }
        'ctl;help;render-units' {
            break
        }
        'ctl;help;serve' {
            break
        }
        'ctl;help;up' {
            break
        }
        'ctl;help;down' {
            break
        }
        'ctl;help;cluster-health' {
            break
        }
        'ctl;help;member' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the members: ID, status, name, peer and client URLs, learner')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member (start it afterwards with the printed settings)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member (by hex ID or name)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a member''s peer URLs (by hex ID or name)')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Promote a learner to a voting member (by hex ID or name)')
            break
        }
        'ctl;help;member;list' {
            break
        }
        'ctl;help;member;add' {
            break
        }
        'ctl;help;member;remove' {
            break
        }
        'ctl;help;member;update' {
            break
        }
        'ctl;help;member;promote' {
            break
        }
        'ctl;help;endpoint' {
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Whether each endpoint commits a read through raft and has no alarm')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Each endpoint''s member ID, version, database size, leadership and raft indexes')
            [CompletionResult]::new('hashkv', 'hashkv', [CompletionResultType]::ParameterValue, 'Each endpoint''s hash of its keys and values (equal hashes: equal data)')
            break
        }
        'ctl;help;endpoint;health' {
            break
        }
        'ctl;help;endpoint;status' {
            break
        }
        'ctl;help;endpoint;hashkv' {
            break
        }
        'ctl;help;get' {
            break
        }
        'ctl;help;put' {
            break
        }
        'ctl;help;del' {
            break
        }
        'ctl;help;watch' {
            break
        }
        'ctl;help;txn' {
            break
        }
        'ctl;help;lease' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant a lease with a TTL in seconds')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a lease, deleting its keys')
            [CompletionResult]::new('timetolive', 'timetolive', [CompletionResultType]::ParameterValue, 'Show a lease''s granted and remaining TTL')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the leases')
            [CompletionResult]::new('keep-alive', 'keep-alive', [CompletionResultType]::ParameterValue, 'Keep a lease alive until interrupted')
            break
        }
        'ctl;help;lease;grant' {
            break
        }
        'ctl;help;lease;revoke' {
            break
        }
        'ctl;help;lease;timetolive' {
            break
        }
        'ctl;help;lease;list' {
            break
        }
        'ctl;help;lease;keep-alive' {
            break
        }
        'ctl;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user: NAME or NAME:PASSWORD (asked for twice on a terminal when left out)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a user''s roles')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the users')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change a user''s password')
            [CompletionResult]::new('grant-role', 'grant-role', [CompletionResultType]::ParameterValue, 'Grant a role to a user')
            [CompletionResult]::new('revoke-role', 'revoke-role', [CompletionResultType]::ParameterValue, 'Revoke a role from a user')
            break
        }
        'ctl;help;user;add' {
            break
        }
        'ctl;help;user;delete' {
            break
        }
        'ctl;help;user;get' {
            break
        }
        'ctl;help;user;list' {
            break
        }
        'ctl;help;user;passwd' {
            break
        }
        'ctl;help;user;grant-role' {
            break
        }
        'ctl;help;user;revoke-role' {
            break
        }
        'ctl;help;role' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a role')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a role''s permissions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles')
            [CompletionResult]::new('grant-permission', 'grant-permission', [CompletionResultType]::ParameterValue, 'Grant read, write or readwrite on a key, a range [KEY, END), a prefix or from a key')
            [CompletionResult]::new('revoke-permission', 'revoke-permission', [CompletionResultType]::ParameterValue, 'Revoke a permission (KEY and END as it was granted)')
            break
        }
        'ctl;help;role;add' {
            break
        }
        'ctl;help;role;delete' {
            break
        }
        'ctl;help;role;get' {
            break
        }
        'ctl;help;role;list' {
            break
        }
        'ctl;help;role;grant-permission' {
            break
        }
        'ctl;help;role;revoke-permission' {
            break
        }
        'ctl;help;auth' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn authentication on (creates the root role for the root user when it lacks one)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn authentication off')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether authentication is on, and the auth store''s revision')
            break
        }
        'ctl;help;auth;enable' {
            break
        }
        'ctl;help;auth;disable' {
            break
        }
        'ctl;help;auth;status' {
            break
        }
        'ctl;help;lock' {
            break
        }
        'ctl;help;elect' {
            break
        }
        'ctl;help;make-mirror' {
            break
        }
        'ctl;help;snapshot' {
            [CompletionResult]::new('save', 'save', [CompletionResultType]::ParameterValue, 'Save a member''s backend to FILE in etcd''s format (bbolt and a SHA-256 trailer, as etcdctl writes it; 0600, checked, all or nothing), from etcd or ctl')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Print a snapshot''s hash, revision, total keys and size, as `etcdutl snapshot status`')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Make a new member''s data dir from a snapshot (etcd''s or ctl''s), as `etcdutl snapshot restore`: every key with its revisions, leases, the compaction, and the membership the flags give')
            break
        }
        'ctl;help;snapshot;save' {
            break
        }
        'ctl;help;snapshot;status' {
            break
        }
        'ctl;help;snapshot;restore' {
            break
        }
        'ctl;help;move-leader' {
            break
        }
        'ctl;help;defrag' {
            break
        }
        'ctl;help;compaction' {
            break
        }
        'ctl;help;alarm' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the raised alarms')
            [CompletionResult]::new('disarm', 'disarm', [CompletionResultType]::ParameterValue, 'Clear every alarm (after freeing space: compaction and defrag)')
            break
        }
        'ctl;help;alarm;list' {
            break
        }
        'ctl;help;alarm;disarm' {
            break
        }
        'ctl;help;bench' {
            [CompletionResult]::new('put', 'put', [CompletionResultType]::ParameterValue, 'Put keys')
            [CompletionResult]::new('range', 'range', [CompletionResultType]::ParameterValue, 'Read a key or range')
            [CompletionResult]::new('txn-put', 'txn-put', [CompletionResultType]::ParameterValue, 'Transactions of puts')
            [CompletionResult]::new('watch-latency', 'watch-latency', [CompletionResultType]::ParameterValue, 'Latency from a put to its watch events (puts at --rate, default 100/s)')
            break
        }
        'ctl;help;bench;put' {
            break
        }
        'ctl;help;bench;range' {
            break
        }
        'ctl;help;bench;txn-put' {
            break
        }
        'ctl;help;bench;watch-latency' {
            break
        }
        'ctl;help;check' {
            [CompletionResult]::new('perf', 'perf', [CompletionResultType]::ParameterValue, 'Put at the model''s rate for 60 s and judge as etcdctl does: no errors, at least 90% of the rate, no request over 0.5 s, a standard deviation under 0.1 s')
            [CompletionResult]::new('datascale', 'datascale', [CompletionResultType]::ParameterValue, 'Put the model''s key-value pairs (1 KiB each) into the first endpoint and report how much its resident memory grew, from its /metrics')
            break
        }
        'ctl;help;check;perf' {
            break
        }
        'ctl;help;check;datascale' {
            break
        }
        'ctl;help;version' {
            break
        }
        'ctl;help;completions' {
            break
        }
        'ctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}

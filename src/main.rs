use clap::Parser;

fn main() {
    let args = ctl::cli::normalize_args(std::env::args_os().collect());
    let cli = ctl::cli::Cli::parse_from(args);
    match ctl::cli::run(cli) {
        Ok(code) => std::process::exit(code),
        Err(err) => {
            eprintln!("error: {}", err.cause);
            eprintln!("hint: {}", err.hint);
            std::process::exit(1);
        }
    }
}

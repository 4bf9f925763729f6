//! Shell completions and man pages, generated from the command tree. The generated files are
//! committed under completions/ and man/; a test fails when they are stale.

use std::path::PathBuf;

use clap::{Args, CommandFactory, ValueEnum};
use clap_complete::Shell;

use super::Cli;
use crate::error::Result;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to generate for
    #[arg(value_enum)]
    pub shell: CompletionShell,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CompletionShell {
    Bash,
    Zsh,
    Fish,
    Elvish,
    Powershell,
}

impl CompletionShell {
    fn shell(self) -> Shell {
        match self {
            CompletionShell::Bash => Shell::Bash,
            CompletionShell::Zsh => Shell::Zsh,
            CompletionShell::Fish => Shell::Fish,
            CompletionShell::Elvish => Shell::Elvish,
            CompletionShell::Powershell => Shell::PowerShell,
        }
    }

    /// The file name the committed script has under completions/.
    fn file_name(self) -> &'static str {
        match self {
            CompletionShell::Bash => "ctl.bash",
            CompletionShell::Zsh => "_ctl",
            CompletionShell::Fish => "ctl.fish",
            CompletionShell::Elvish => "ctl.elv",
            CompletionShell::Powershell => "_ctl.ps1",
        }
    }
}

pub fn completion_script(shell: CompletionShell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell.shell(), &mut Cli::command(), "ctl", &mut out);
    out
}

pub fn run_completions(args: CompletionsArgs) -> Result<()> {
    use std::io::Write;
    let script = completion_script(args.shell);
    let _ = std::io::stdout().write_all(&script);
    Ok(())
}

/// Every generated file with its path relative to the repository root.
pub fn generated_files() -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for shell in CompletionShell::value_variants() {
        files.push((
            PathBuf::from("completions").join(shell.file_name()),
            completion_script(*shell),
        ));
    }
    let mut root = Cli::command();
    root.build();
    man_pages(&root, "ctl", &mut files);
    files
}

fn man_pages(command: &clap::Command, name: &str, files: &mut Vec<(PathBuf, Vec<u8>)>) {
    let page = command.clone().name(name.to_string());
    let mut out = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut out)
        .expect("writing to memory");
    files.push((PathBuf::from("man").join(format!("{name}.1")), out));
    for sub in command
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        man_pages(sub, &format!("{name}-{}", sub.get_name()), files);
    }
}

/// Playbook's version, the one place it is written: `playbook --version` prints it, and
/// `make deb` names and stamps the Debian package with what the built binary prints.
let playbookVersion = "0.1.0"

"""Use cases shared by the CLI and the GUI: import a file, analyze a person,
build a packet, run a batch. No presentation here, no Qt."""

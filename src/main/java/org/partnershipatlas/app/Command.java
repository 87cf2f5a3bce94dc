package org.partnershipatlas.app;

import java.io.PrintStream;

/** One headless command of the atlas command line. */
interface Command {
    /** Runs the command, printing to {@code out}; returns the exit code. */
    int run(String[] args, PrintStream out) throws CommandException;

    String help();
}

package kist.cli;

import picocli.CommandLine.Option;

/** Which unpublished posts a command includes: {@code --drafts} and {@code --future}. */
final class Selection {
    @Option(names = "--drafts", description = "include posts marked draft: true")
    boolean drafts;

    @Option(names = "--future", description = "include posts dated in the future")
    boolean future;
}

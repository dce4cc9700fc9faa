package org.blendscore.evidence;

/** The texts of rejected evidence, one named factory each (the problems' own texts are the scorer's). */
final class RejectionMessages {

    private RejectionMessages() {
    }

    /** The message of evidence rejected for one problem. */
    static String rejected(EvidenceProblem problem) {
        return "evidence rejected: " + problem;
    }

    /** The first line of the message of evidence rejected for several problems. */
    static String rejectedHead(int problems) {
        return "evidence rejected (" + problems + " problems):\n";
    }
}

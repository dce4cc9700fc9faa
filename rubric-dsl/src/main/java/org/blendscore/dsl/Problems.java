package org.blendscore.dsl;

import java.util.ArrayList;
import java.util.List;
import org.blendscore.rubric.RubricProblem;

/** Collects the problems that the DSL itself finds (a part never given), each with its rubric path. */
final class Problems {

    private final List<RubricProblem> list = new ArrayList<>();

    void missing(String path, String what) {
        list.add(new RubricProblem(path, DslErrors.missing(what)));
    }

    List<RubricProblem> list() {
        return list;
    }
}

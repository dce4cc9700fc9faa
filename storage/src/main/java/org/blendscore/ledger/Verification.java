/*
 * Copyright 2026 the Blendscore authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.blendscore.ledger;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of {@link Ledger#verify()}: how much was checked, and every problem found.
 *
 * @param subjects the chains checked
 * @param entries  the entries checked
 * @param problems every problem, in the order of the chains and entries
 */
public record Verification(long subjects, long entries, List<ChainProblem> problems) {

    /**
     * Copies the problems.
     *
     * @param subjects the chains checked
     * @param entries the entries checked
     * @param problems every problem, in the order of the chains and entries
     */
    public Verification {
        problems = List.copyOf(problems);
    }

    /**
     * Whether no problem was found.
     *
     * @return {@code true} if every chain is intact
     */
    public boolean intact() {
        return problems.isEmpty();
    }

    @Override
    public String toString() {
        String head = subjects + " chains, " + entries + " entries: ";
        return problems.isEmpty() ? head + "intact"
                : head + problems.size() + " problems\n" + problems.stream().map(ChainProblem::toString).collect(Collectors.joining("\n"));
    }
}

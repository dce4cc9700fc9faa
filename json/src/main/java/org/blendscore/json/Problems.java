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
package org.blendscore.json;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one document, collected while it is read so that all are reported at once;
 * at most {@link InvalidDocumentException#MAX_LISTED_PROBLEMS} are kept, the rest counted.
 */
final class Problems {

    private final String format;
    private final List<DocumentProblem> listed = new ArrayList<>();
    private int omitted;

    Problems(String format) {
        this.format = format;
    }

    void add(String pointer, String message) {
        if (listed.size() < InvalidDocumentException.MAX_LISTED_PROBLEMS) {
            listed.add(new DocumentProblem(pointer, message));
        } else {
            omitted++;
        }
    }

    boolean isEmpty() {
        return listed.isEmpty();
    }

    int count() {
        return listed.size() + omitted;
    }

    /** Throws the collected problems, if there are any. */
    void throwIfAny() {
        if (!listed.isEmpty()) {
            throw new InvalidDocumentException(format, listed, omitted);
        }
    }

    InvalidDocumentException exception() {
        return new InvalidDocumentException(format, listed, omitted);
    }

    String format() {
        return format;
    }
}

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
package org.blendscore.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.blendscore.json.InvalidDocumentException;
import org.blendscore.json.RubricDocument;
import org.blendscore.json.RubricJson;

/** Reading a rubric file for a command; a bad document's error names the file before its problems. */
final class RubricFile {

    private RubricFile() {
    }

    static RubricDocument read(Path file) {
        try (InputStream in = Arguments.open(file)) {
            return RubricJson.withLimits(org.blendscore.json.JsonLimits.defaults()).readRubricDocument(in);
        } catch (InvalidDocumentException e) {
            throw new InvalidDocumentException(e.format() + " in " + file, e.problems(), e.omitted());
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot read " + file + ": " + e.getMessage(), e));
        }
    }
}

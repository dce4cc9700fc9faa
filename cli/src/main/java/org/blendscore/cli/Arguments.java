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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A command's arguments: {@code --name value} options (only those the command knows) and plain values. */
final class Arguments {

    private final Map<String, String> options;
    private final List<String> values;

    private Arguments(Map<String, String> options, List<String> values) {
        this.options = options;
        this.values = values;
    }

    static Arguments parse(String[] args, String... known) {
        Set<String> allowed = Set.of(known);
        Map<String, String> options = new LinkedHashMap<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                values.add(a);
                continue;
            }
            String name = a.substring(2);
            if (!allowed.contains(name)) {
                throw new UsageException("unknown option " + a + (allowed.isEmpty() ? "" : "; expected one of --"
                        + String.join(", --", known)));
            }
            if (i + 1 >= args.length) {
                throw new UsageException("option " + a + " needs a value");
            }
            if (options.put(name, args[++i]) != null) {
                throw new UsageException("option " + a + " is given twice");
            }
        }
        return new Arguments(options, values);
    }

    String required(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("missing option --" + name);
        }
        return value;
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** The one file a command such as {@code check r.json} names. */
    Path onlyFile(String command) {
        if (values.size() != 1) {
            throw new UsageException(command + " takes one file, was given " + values.size());
        }
        return Path.of(values.get(0));
    }

    /** Opens a file for reading, naming it when it cannot be opened. */
    static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(new IOException("no such file: " + file, e));
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot read " + file + ": " + e.getMessage(), e));
        }
    }
}

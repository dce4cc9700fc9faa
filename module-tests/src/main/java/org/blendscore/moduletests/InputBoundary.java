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
package org.blendscore.moduletests;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A platform's validation boundary: checks Blendscore's public input types (evidence, rubric parts)
 * with the Jakarta constraints they carry, using Hibernate Validator with the
 * {@link ParameterMessageInterpolator}, so no expression language is needed. Reading the records'
 * fields reflectively from this module works only because core opens its {@code rubric} and
 * {@code evidence} packages.
 */
public final class InputBoundary implements AutoCloseable {

    private final ValidatorFactory factory;
    private final Validator validator;

    /** Bootstraps the default provider (Hibernate Validator) without expression language. */
    public InputBoundary() {
        factory = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    /**
     * Every broken constraint of an input, as {@code path: message}, sorted.
     *
     * @param input a public input type of Blendscore, such as an {@code Evidence}
     * @return the violations, empty when the input keeps every constraint
     */
    public Set<String> violations(Object input) {
        Objects.requireNonNull(input, "input");
        Set<String> out = new TreeSet<>();
        for (ConstraintViolation<Object> v : validator.validate(input)) {
            out.add(v.getPropertyPath() + ": " + v.getMessage());
        }
        return out;
    }

    @Override
    public void close() {
        factory.close();
    }
}

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
package org.blendscore.guidance;

import java.util.function.LongFunction;
import org.blendscore.evidence.MeasureEvidence;

/**
 * One way to improve one measure's evidence, in whole units of the input's resolution: rung
 * {@code k} is the evidence {@code k} units better (rung 0 is the evidence as it is), up to
 * {@code top} rungs. Better evidence never gives the measure fewer points, so the least rung that
 * reaches a band is found by doubling and halving.
 *
 * @param measureId the measure
 * @param top the highest rung; {@link Long#MAX_VALUE} when only the measure's cap bounds it
 * @param rung the evidence at a rung
 * @param words the change at a rung, in words
 */
record Ladder(String measureId, long top, LongFunction<MeasureEvidence> rung, LongFunction<String> words) {
}

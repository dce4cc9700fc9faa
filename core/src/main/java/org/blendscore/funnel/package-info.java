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
/**
 * Activity funnel math ("calls + pitches + commitments = quota"): from a quota, an average deal size
 * and stage conversion rates, the activities needed per period and per week; from planned
 * activities, the bookings to expect; and conversion rates grounded in a team's history (bottom,
 * middle and top performers, as quartiles).
 */
package org.blendscore.funnel;

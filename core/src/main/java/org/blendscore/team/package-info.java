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
 * Team goals: one deal's credit split among several reps ({@link org.blendscore.team.SplitCredit}),
 * a pooled team quota fed to every member ({@link org.blendscore.team.PooledGoal}) and a team review
 * rolled up from its members' reviews ({@link org.blendscore.team.TeamRollup}).
 *
 * <p>Everything here prepares evidence before scoring or reads reviews after it; scoring itself never
 * reads this package, so a rubric without team goals scores exactly as before.
 */
package org.blendscore.team;

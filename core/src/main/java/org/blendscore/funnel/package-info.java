/**
 * Activity funnel math ("calls + pitches + commitments = quota"): from a quota, an average deal size
 * and stage conversion rates, the activities needed per period and per week; from planned
 * activities, the bookings to expect; and conversion rates grounded in a team's history (bottom,
 * middle and top performers, as quartiles).
 */
package org.blendscore.funnel;

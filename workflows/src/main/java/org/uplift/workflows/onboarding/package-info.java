/**
 * The {@code enterprise-onboarding} journey: a registered SME completes its company profile (with a
 * reminder when it lingers) and is pointed to its first assessment.
 */
package org.uplift.workflows.onboarding;

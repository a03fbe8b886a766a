/**
 * Assessment frameworks as data: dimensions, questions with their options and points, numeric
 * evidence fields, scenarios with level descriptors. Loaded from resources, pinned by id and version.
 */
@org.springframework.modulith.NamedInterface("framework")
package org.uplift.assessment.framework;

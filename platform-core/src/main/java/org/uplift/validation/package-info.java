/** Rejected input: which field, which translatable message. Shared by every feature. */
@org.springframework.modulith.ApplicationModule(displayName = "Validation", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.uplift.validation;

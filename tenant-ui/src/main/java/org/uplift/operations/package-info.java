/** Operations: health indicators that work on both the embedded and a real MongoDB. */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package org.uplift.operations;

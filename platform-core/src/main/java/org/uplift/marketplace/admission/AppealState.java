package org.uplift.marketplace.admission;

/** The one appeal a provider has against a sanction: still open to lodge, lodged, decided, or never lodged. */
public enum AppealState {
    OPEN, LODGED, GRANTED, REFUSED, CLOSED
}

package org.uplift.marketplace.solution;

/** What a cost line pays for; subsidy programmes name the categories they fund (Hangzhou pilot: the first three). */
public enum CostCategory {
    SOFTWARE, CLOUD_SERVICE, DATA_COLLECTION_HARDWARE, CONSULTING, OTHER
}

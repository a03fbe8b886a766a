package org.uplift.tenancy;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A tenant-owned test document for exercising every data-access style against the scoping. */
@TenantOwned
@Document("test_widgets")
public class Widget {

    @Id
    String id;
    String tenantId;
    String colour;
    int size;

    Widget() {
    }

    Widget(String colour, int size) {
        this.colour = colour;
        this.size = size;
    }

    @Override
    public String toString() {
        return id + ":" + tenantId + ":" + colour + ":" + size;
    }
}

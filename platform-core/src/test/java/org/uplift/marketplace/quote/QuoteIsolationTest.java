package org.uplift.marketplace.quote;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.identity.ActingWithRole;
import org.uplift.identity.Role;
import org.uplift.tenancy.TenantIsolationContract;

/** A provider's quotes are its own: another provider can neither read, list, answer nor decline them. */
@SpringBootTest
class QuoteIsolationTest extends TenantIsolationContract {

    @Autowired
    ProviderQuotes quotes;
    @Autowired
    QuoteRepository repository;

    @Override
    public String create() {
        return repository.insert(new Quote(new ObjectId().toHexString(), "request-" + new ObjectId(), "some-sme",
                "杭州某制造有限公司", new QuoteNeed(null, 0, null, "需要 MES"), Instant.now(), null)).getId();
    }

    @Override
    public Optional<?> read(String id) {
        return quotes.find(id);
    }

    @Override
    public List<String> listIds() {
        return quotes.recent().stream().map(Quote::getId).toList();
    }

    @Override
    public void change(String id) {
        ActingWithRole.as(Role.PROVIDER_CONSULTANT, "intruder", () -> quotes.answer(id, TestQuotes.answer()));
    }

    @Override
    public void delete(String id) {
        ActingWithRole.as(Role.PROVIDER_ADMIN, "intruder", () -> quotes.decline(id, "抢单"));
    }
}

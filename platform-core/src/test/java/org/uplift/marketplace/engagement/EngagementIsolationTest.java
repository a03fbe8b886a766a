package org.uplift.marketplace.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.marketplace.quote.QuoteNeed;
import org.uplift.marketplace.quote.TestQuotes;
import org.uplift.tenancy.TenantIsolationContract;

/** A party's engagements are its own: a tenant that is no party can neither read, list, replace nor delete them. */
@SpringBootTest
class EngagementIsolationTest extends TenantIsolationContract {

    @Autowired
    Engagements engagements;
    @Autowired
    EngagementRepository repository;

    @Override
    public String create() {
        var answer = TestQuotes.answer();
        String id = new ObjectId().toHexString();
        repository.insert(new Engagement(id, "sme", "杭州某制造有限公司", "provider", "杭州某数字科技有限公司", "request",
                new QuoteNeed(null, 0, null, "MES"), answer.totalFen(), answer.costLines(), answer.scope(),
                answer.timelineWeeks(), null, List.of(), "owner", Instant.now()));
        return id;
    }

    @Override
    public Optional<?> read(String id) {
        return engagements.find(id);
    }

    @Override
    public List<String> listIds() {
        return engagements.mine().stream().map(Engagement::getEngagementId).toList();
    }

    @Override
    public void change(String id) {
        repository.findAll().stream().filter(e -> e.getEngagementId().equals(id)).forEach(repository::save);
        repository.findByEngagementId(id).ifPresent(repository::save);
    }

    @Override
    public void delete(String id) {
        repository.findByEngagementId(id).ifPresent(repository::delete);
    }
}

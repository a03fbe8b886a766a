package org.uplift.subsidy.programme;

import static org.uplift.subsidy.TestProgrammes.asManager;
import static org.uplift.subsidy.TestProgrammes.newId;
import static org.uplift.subsidy.TestProgrammes.pilot;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.tenancy.TenantIsolationContract;

/** Authority X never sees, lists, edits or opens authority Y's programme drafts. */
@SpringBootTest
class ProgrammeIsolationTest extends TenantIsolationContract {

    @Autowired
    Programmes programmes;
    @Autowired
    ProgrammeRepository repository;

    @Override
    public String create() {
        return asManager(() -> programmes.create(newId(), pilot(1_000_000)).getId());
    }

    @Override
    public Optional<?> read(String id) {
        return programmes.find(id);
    }

    @Override
    public List<String> listIds() {
        return programmes.mine().stream().map(Programme::getId).toList();
    }

    @Override
    public void change(String id) {
        asManager(() -> programmes.edit(id, pilot(5)));
    }

    @Override
    public Object snapshot(String id) {
        return repository.findById(id).map(Programme::toString).orElse(null);
    }

    @Override
    public void delete(String id) {
        asManager(() -> programmes.open(id));
    }
}

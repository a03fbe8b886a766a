package org.uplift.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.identity.Role;
import org.uplift.organisation.CompanyProfile;
import org.uplift.organisation.CompanyProfileForm;
import org.uplift.organisation.CompanyProfiles;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.workflows.inbox.Inbox;
import org.uplift.workflows.inbox.WorkItem;

/** The caller's organisation, its company profile and its open tasks. */
@RestController
@RequestMapping("/api/v1")
class OrganisationApi {

    private final ApiCaller caller;
    private final Organisations organisations;
    private final CompanyProfiles profiles;
    private final Inbox inbox;

    OrganisationApi(ApiCaller caller, Organisations organisations, CompanyProfiles profiles, Inbox inbox) {
        this.caller = caller;
        this.organisations = organisations;
        this.profiles = profiles;
        this.inbox = inbox;
    }

    record Me(String userId, String name, String tenantId, String tenantKind, Set<Role> roles) {
    }

    record ProfileBody(String industryCode, String districtCode, Integer employees, BigDecimal annualRevenue,
            String mainProducts) {
    }

    @GetMapping("/me")
    Me me() {
        var p = caller.get();
        return new Me(p.userId(), p.name(), p.tenantId(), p.tenantKind() == null ? null : p.tenantKind().name(),
                p.roles());
    }

    @GetMapping("/organisation")
    Map<String, Object> organisation() {
        caller.get();
        Organisation o = organisations.current();
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("id", o.getId());
        body.put("kind", o.getKind());
        body.put("name", o.getName());
        body.put("creditCode", o.getCreditCode());
        body.put("districtCode", o.getDistrictCode());
        body.put("industryCode", o.getIndustryCode());
        body.put("registeredAt", o.getRegisteredAt());
        return body;
    }

    @GetMapping("/company-profile")
    CompanyProfile ownProfile() {
        caller.get();
        return profiles.current().orElseThrow(ApiProblems.NotFound::new);
    }

    /** By id, found only within the caller's tenant: another tenant's profile is "not found". */
    @GetMapping("/company-profiles/{id}")
    CompanyProfile profile(@PathVariable String id) {
        caller.get();
        return profiles.byId(id).orElseThrow(ApiProblems.NotFound::new);
    }

    @PutMapping("/company-profile")
    CompanyProfile saveProfile(@RequestBody ProfileBody body) {
        var owner = caller.get();
        if (!owner.has(Role.ENTERPRISE_OWNER)) {
            throw new ApiProblems.Forbidden();
        }
        return profiles.save(new CompanyProfileForm(body.industryCode(), body.districtCode(), body.employees(),
                body.annualRevenue(), body.mainProducts()));
    }

    @GetMapping("/tasks")
    List<WorkItem> tasks() {
        caller.get(); // a signed-in caller, live
        return inbox.openTasks();
    }
}

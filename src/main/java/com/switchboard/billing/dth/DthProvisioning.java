package com.switchboard.billing.dth;

import com.switchboard.billing.BillingSettings;
import com.switchboard.account.DthAccounts;
import com.switchboard.account.Party;
import com.switchboard.billing.charging.CallRecords;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The billing system's side of DTH accounts (voip.md VOIP-63..66): open, activate, deactivate, bind the number. An
 * opened account also gets its ltalk (company, employer) pair for VOIP-59; its wallet, with the group's gift minutes,
 * comes on first use like everyone's.
 */
@Stateless
public class DthProvisioning {
    @Inject
    BillingSettings settings;
    @Inject
    DthAccounts accounts;
    @Inject
    CallRecords records;

    /**
     * VOIP-63 Open account: inactive until VOIP-64. {@code employerId} defaults to the new uuid and
     * {@code companyId} to the configured company.
     */
    public Party open(String groupId, String account, String pwd, String companyId, String employerId) {
        Party user = accounts.openProvisioned(groupId, account, pwd);
        String company = companyId == null || companyId.isBlank() ? settings.ltalkCompanyId() : companyId;
        String employer = employerId == null || employerId.isBlank() ? String.valueOf(user.id()) : employerId;
        records.assignEmployer(user.id(), company, employer, false);
        return user;
    }

    /** VOIP-64 Activate / VOIP-65 Deactivate. */
    public void activate(String groupId, String account, boolean activated) {
        accounts.setActivated(groupId, account, activated);
    }

    /** VOIP-66 Bind the Shanghai Unicom number. */
    public void bindPhone(String groupId, String account, String phone) {
        accounts.bindProvisionedPhone(groupId, account, phone);
    }
}

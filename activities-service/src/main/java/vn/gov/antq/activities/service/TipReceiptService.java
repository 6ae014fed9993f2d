package vn.gov.antq.activities.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.node.LongNode;

import vn.gov.antq.activities.config.TipReceiptConfig;
import vn.gov.antq.activities.model.Tip;
import vn.gov.antq.activities.model.TipAddition;
import vn.gov.antq.activities.model.TipReceipt;
import vn.gov.antq.activities.repository.TipAdditionRepository;
import vn.gov.antq.activities.repository.TipReceiptRepository;
import vn.gov.antq.activities.repository.TipRepository;
import vn.gov.antq.commons.audit.AuditAction;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.audit.FieldChange;
import vn.gov.antq.commons.problem.ProblemException;

/**
 * Receipts for citizens' follow-up. The secret is kept only as a PBKDF2 hash; every wrong secret counts against the
 * receipt and, after {@link TipReceiptConfig#maxFailedAttempts()} in a row, locks it for {@link TipReceiptConfig#lockout()}
 * (429). The count must survive the refusal, hence no rollback on the problem thrown.
 */
@ApplicationScoped
public class TipReceiptService {

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    TipReceiptRepository receipts;

    @Inject
    TipAdditionRepository additions;

    @Inject
    TipRepository tips;

    @Inject
    SecretHasher hasher;

    @Inject
    TipReceiptConfig config;

    @Inject
    AuditTrail auditTrail;

    @Transactional(Transactional.TxType.MANDATORY)
    public ReceiptView issue(Tip tip) {
        TipReceipt receipt = new TipReceipt();
        receipt.tipId = tip.id;
        receipt.code = newCode();
        String secret = hasher.randomToken(18);
        receipt.secretHash = hasher.hash(secret);
        receipt.createdAt = Instant.now();
        receipts.persist(receipt);
        return new ReceiptView(receipt.code, secret);
    }

    @Transactional(dontRollbackOn = ProblemException.class)
    public PublicTipStatusView status(ReceiptCredentials credentials) {
        TipReceipt receipt = verified(credentials);
        return view(receipt, tips.findById(receipt.tipId));
    }

    @Transactional(dontRollbackOn = ProblemException.class)
    public PublicTipStatusView add(TipAdditionInput input) {
        TipReceipt receipt = verified(input.receipt());
        Tip tip = tips.findById(receipt.tipId);
        long before = additions.countOfTip(tip.id);
        TipAddition addition = new TipAddition();
        addition.tip = tip;
        addition.text = input.text().trim();
        addition.addedAt = Instant.now();
        additions.persist(addition);
        // Officers' sync clients learn that the tip has news.
        tip.updatedAt = addition.addedAt;
        tips.flush();
        auditTrail.record(AuditAction.UPDATE, TipService.RESOURCE, tip.id, tip.provinceCode, tip.communeCode,
                List.of(new FieldChange("additions", LongNode.valueOf(before), LongNode.valueOf(before + 1))));
        return view(receipt, tip);
    }

    private TipReceipt verified(ReceiptCredentials credentials) {
        TipReceipt receipt = receipts.findByCodeForUpdate(credentials.receiptCode().trim().toUpperCase())
                .orElseThrow(() -> ProblemException.status(Response.Status.NOT_FOUND, "No tip with this receipt code and secret"));
        Instant now = Instant.now();
        if (receipt.lockedUntil != null && now.isBefore(receipt.lockedUntil)) {
            throw ProblemException.status(Response.Status.TOO_MANY_REQUESTS,
                    "Too many wrong secrets for this receipt; try again after " + receipt.lockedUntil);
        }
        if (!hasher.matches(credentials.secret(), receipt.secretHash)) {
            receipt.failedAttempts++;
            if (receipt.failedAttempts >= config.maxFailedAttempts()) {
                receipt.failedAttempts = 0;
                receipt.lockedUntil = now.plus(config.lockout());
            }
            // Same answer as an unknown code: a guesser learns nothing about which half was wrong.
            throw ProblemException.status(Response.Status.NOT_FOUND, "No tip with this receipt code and secret");
        }
        receipt.failedAttempts = 0;
        receipt.lockedUntil = null;
        return receipt;
    }

    private PublicTipStatusView view(TipReceipt receipt, Tip tip) {
        return new PublicTipStatusView(receipt.code, tip.receivedAt, tip.status, tip.statusSince, additions.countOfTip(tip.id));
    }

    private String newCode() {
        // 10 characters of a 32-letter alphabet without look-alikes (0/O, 1/I): 50 bits, easy to read out on the phone.
        return "TB-" + hasher.randomCode(CODE_ALPHABET, 10);
    }
}

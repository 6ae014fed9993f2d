package vn.gov.antq.models.service;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.antq.commons.audit.AuditAction;
import vn.gov.antq.commons.audit.AuditDiff;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.concurrency.Preconditions;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.paging.PanachePaging;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.security.CallerScope;
import vn.gov.antq.models.model.FocusTopic;
import vn.gov.antq.models.model.ModelSetting;
import vn.gov.antq.models.model.ModelType;
import vn.gov.antq.models.repository.ModelTypeRepository;

/** The model-type catalog: everyone reads it, the ministry maintains it. */
@ApplicationScoped
public class ModelTypeService {

    static final String RESOURCE = "model-type";
    private static final Map<String, String> SORTABLE = Map.of("code", "code", "nameVi", "nameVi", "setting", "setting",
            "updatedAt", "updatedAt");
    private static final Set<String> NOT_AUDITED = Set.of("updatedAt", "version");

    @Inject
    ModelTypeRepository repository;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ModelTypeView> list(ModelSetting setting, Boolean active, String text, PageRequest page) {
        return PanachePaging.page(repository.search(setting, active, blankToNull(text), PanachePaging.sort(page, SORTABLE, "code", "code")),
                page, ModelTypeService::toView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ModelTypeView get(String code) {
        return toView(find(code));
    }

    @Transactional
    public ModelTypeView create(ModelTypeInput input) {
        if (repository.findByIdOptional(input.code()).isPresent()) {
            throw ProblemException.conflict("A model type with code " + input.code() + " already exists");
        }
        ModelType type = new ModelType();
        type.code = input.code();
        type.createdAt = Instant.now();
        apply(type, input);
        repository.persist(type);
        repository.flush();
        ModelTypeView created = toView(type);
        auditTrail.record(AuditAction.CREATE, RESOURCE, type.code, null, null, AuditDiff.between(json, null, created, Set.of(), NOT_AUDITED));
        return created;
    }

    @Transactional
    public ModelTypeView update(String code, String ifMatch, ModelTypeInput input) {
        if (!code.equals(input.code())) {
            throw ProblemException.invalidField("code", "must equal the code in the path (" + code + "); codes cannot be renamed");
        }
        ModelType type = find(code);
        Preconditions.requireIfMatch(ifMatch, type.version);
        ModelTypeView before = toView(type);
        apply(type, input);
        repository.flush();
        ModelTypeView after = toView(type);
        auditTrail.record(AuditAction.UPDATE, RESOURCE, code, null, null, AuditDiff.between(json, before, after, Set.of(), NOT_AUDITED));
        return after;
    }

    ModelType find(String code) {
        return repository.findByIdOptional(code).orElseThrow(() -> CallerScope.notFound(RESOURCE, code));
    }

    private static void apply(ModelType type, ModelTypeInput input) {
        type.nameVi = input.nameVi().trim();
        type.nameEn = input.nameEn().trim();
        type.description = blankToNull(input.description());
        type.setting = input.setting();
        type.focusTopics = input.focusTopics() == null ? ""
                : input.focusTopics().stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        type.active = input.active() == null || input.active();
        type.updatedAt = Instant.now();
    }

    static ModelTypeView toView(ModelType type) {
        List<FocusTopic> topics = type.focusTopics.isEmpty() ? List.of()
                : Arrays.stream(type.focusTopics.split(",")).map(FocusTopic::valueOf).toList();
        return new ModelTypeView(type.code, type.nameVi, type.nameEn, type.description, type.setting, type.setting.labelVi(), topics,
                type.active, type.updatedAt, type.version);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

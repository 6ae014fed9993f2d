package vn.gov.antq.commons.telemetry;

import java.util.Collection;

import jakarta.inject.Singleton;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;

/**
 * Spans go nowhere unless an OTLP endpoint is configured. Trace context is still read from every request and sent
 * on every call to another service, so logs and downstream spans correlate; exporting is the operator's choice
 * ({@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT}). Without this bean Quarkus would export to localhost:4317 and log a
 * failure for every batch when no collector runs there. As soon as an endpoint is set this bean steps aside and the
 * OTLP exporter takes over. Unremovable: Quarkus looks span exporters up at run time, which ArC cannot see.
 */
@Singleton
@Unremovable
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = DiscardingSpanExporter.QUARKUS_DEFAULT_ENDPOINT)
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint", stringValue = DiscardingSpanExporter.QUARKUS_DEFAULT_ENDPOINT)
public class DiscardingSpanExporter implements SpanExporter {

    /**
     * What Quarkus reports for an endpoint nobody set. Any other value (a collector, or "http://localhost:4317"
     * without the slash for one on this host) turns exporting on.
     */
    static final String QUARKUS_DEFAULT_ENDPOINT = "http://localhost:4317/";

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}

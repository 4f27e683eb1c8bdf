package org.pdbot.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The one FreeMarker configuration of pdbot, reading templates from a folder a clinic can edit.
 *
 * <p>Clinic staff edit these templates, so the configuration is locked down: no {@code ?api}, no {@code ?new},
 * no template outside the folder, and a model of plain maps, lists, strings and booleans only (anything else
 * is refused by the object wrapper). A missing value is an error, never an empty string. {@code .ftlh}
 * templates escape HTML; {@code .ftl} templates are plain text.
 */
public final class Templates {

    /** Edits in the folder show up after this delay; short, as nobody edits templates under load. */
    static final long UPDATE_DELAY_MILLIS = 2_000;

    private final Configuration configuration;
    private final Path folder;

    public Templates(Path templateDir) {
        this(templateDir, Duration.ofMillis(UPDATE_DELAY_MILLIS));
    }

    Templates(Path templateDir, Duration updateDelay) {
        if (!Files.isDirectory(templateDir)) {
            throw new RenderException("Template folder '" + templateDir + "' does not exist");
        }
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            cfg.setTemplateLoader(new FileTemplateLoader(templateDir.toFile()));
        } catch (IOException e) {
            throw new RenderException("Template folder '" + templateDir + "' cannot be read: " + e.getMessage(), e);
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocalizedLookup(false);
        cfg.setTemplateUpdateDelayMilliseconds(updateDelay.toMillis());
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setShowErrorTips(false);
        cfg.setLocale(Locale.US);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        this.configuration = cfg;
        this.folder = templateDir;
    }

    /** The template folder: the only place a rendered letter may load a file from (a logo, say). */
    Path folder() {
        return folder;
    }

    /** Renders {@code templateName} (a file in the template folder) with {@code model}. */
    public String render(String templateName, Map<String, Object> model) {
        Template template;
        try {
            template = configuration.getTemplate(templateName);
        } catch (TemplateNotFoundException e) {
            throw new RenderException("Template '" + templateName + "' is not in the template folder");
        } catch (ParseException e) {
            throw syntaxError(templateName, e);
        } catch (IOException e) {
            throw new RenderException("Template '" + templateName + "' cannot be read: " + e.getMessage(), e);
        }
        return process(template, templateName, model);
    }

    /**
     * Renders a template given as text (an office's subject format from the office directory, never text from
     * an intake), under the same configuration as the files.
     */
    String renderSource(String name, String source, Map<String, Object> model) {
        Template template;
        try {
            template = new Template(name, source, configuration);
        } catch (ParseException e) {
            throw syntaxError(name, e);
        } catch (IOException e) {
            throw new RenderException("Template '" + name + "' cannot be read: " + e.getMessage(), e);
        }
        return process(template, name, model);
    }

    private static String process(Template template, String name, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw new RenderException(describe(name, e), e);
        } catch (IOException e) {
            throw new RenderException("Template '" + name + "' could not be written: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static RenderException syntaxError(String name, ParseException e) {
        return new RenderException("Template '%s' has a syntax error at line %d: %s"
                .formatted(name, e.getLineNumber(), firstLine(e.getEditorMessage())), e);
    }

    private static String describe(String name, TemplateException e) {
        String where = e.getLineNumber() == null ? "" : ", line " + e.getLineNumber();
        String what = e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null
                ? "'" + e.getBlamedExpressionString() + "' has no value"
                : firstLine(e.getMessageWithoutStackTop());
        return "Template '%s'%s: %s".formatted(name, where, what);
    }

    /** FreeMarker's first line, and the next one too when the first only introduces it ("...failed:"). */
    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "unknown error";
        }
        List<String> lines = s.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String first = lines.get(0);
        return first.endsWith(":") && lines.size() > 1 ? first + " " + lines.get(1) : first;
    }
}

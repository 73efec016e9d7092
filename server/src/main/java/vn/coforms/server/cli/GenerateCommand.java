package vn.coforms.server.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateDate;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.testkit.Certificates;
import vn.coforms.testkit.GenerateOptions.Language;
import vn.coforms.testkit.GenerationException;

/**
 * {@code coforms generate --form ID [--items N] [--mode M] [--seed S] [--invalid RULE] [-o
 * FILE.json]}: a certificate made up from the form's declarations by the test kit's generator, that
 * validates clean, or breaks exactly one rule; JSON to a file (written whole or not at all) or to
 * standard output. The seed is printed to standard error, so a clerk can ask for another one.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Make up certificate data (JSON) for a form from its declarations: valid, or breaking"
            + " exactly one rule with --invalid. The same options and seed give the same data.")
final class GenerateCommand implements Callable<Integer> {
  @ParentCommand CoformsCommand parent;
  @Spec CommandSpec spec;

  @Option(
      names = "--form",
      required = true,
      description = "The form id, e.g. d, e, rcep, eur1-evfta.")
  String form;

  @Option(
      names = "--items",
      paramLabel = "N",
      description = "How many item rows (default: 1 to 3, chosen by the seed).")
  @Nullable Integer items;

  @Option(
      names = "--mode",
      paramLabel = "M",
      description =
          "The issuance mode: normal, retroactive, certifiedTrueCopy, replacement or backToBack"
              + " (default: normal).")
  @Nullable String mode;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Another seed, other data (0 or more; default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--invalid",
      paramLabel = "RULE",
      description =
          "Break exactly this rule of the form, or built-in check (e.g. field.required); the"
              + " data then has exactly that rule's findings.")
  @Nullable String invalid;

  @Option(names = "--required-only", description = "Fill only the fields the form requires.")
  boolean requiredOnly;

  @Option(
      names = "--long-texts",
      description = "Texts near their declared limits (to try fitting and continuation sheets).")
  boolean longTexts;

  @Option(
      names = "--lang",
      paramLabel = "en|vi",
      converter = LanguageConverter.class,
      description = "The language of names, addresses and goods (default: en).")
  @Nullable Language language;

  @Option(
      names = "--today",
      paramLabel = "yyyy-MM-dd",
      converter = TodayConverter.class,
      description = "The day the data is made on (default: today in Viet Nam).")
  @Nullable LocalDate today;

  @Mixin FormsOption forms;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE.json",
      description = "The file to write (default: standard output).")
  @Nullable Path output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    refuseNegative("--seed", seed);
    if (items != null) {
      refuseNegative("--items", items);
    }
    if (output != null) {
      Optional<String> unwritable = OutputFile.checkFile(output, "certificate.json");
      if (unwritable.isPresent()) {
        err.println(unwritable.get());
        return OutputFile.EXIT_CODE;
      }
    }
    LoadResult loaded = forms.load(parent.services);
    Certificates certificates = Certificates.of(loaded.catalogue(), parent.services.clock());
    if (today != null) {
      certificates = certificates.on(today);
    }
    GenerateRequest request =
        new GenerateRequest(form, items, mode, invalid, requiredOnly, longTexts, language);
    Optional<String> refused = request.problem(certificates);
    if (refused.isPresent()) {
      if (loaded.hasErrors() && loaded.catalogue().form(form).isEmpty()) {
        out.print(loaded.report());
        out.flush();
      }
      err.println("error: " + refused.get());
      return 1;
    }
    err.println("seed " + seed);
    err.flush();
    Certificate certificate;
    try {
      certificate = request.make(certificates, seed);
    } catch (GenerationException e) {
      String message = String.valueOf(e.getMessage()).strip();
      err.println("error: " + Quoted.oneLine(String.join("; ", message.lines().toList())));
      return 1;
    }
    String json = certificates.json(certificate);
    json = json.endsWith("\n") ? json : json + "\n";
    if (output == null) {
      out.print(json);
      out.flush();
      return 0;
    }
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Optional<String> failed = OutputFile.replace(output, bytes);
    if (failed.isPresent()) {
      err.println(failed.get());
      return OutputFile.EXIT_CODE;
    }
    out.println("wrote " + output + " (" + bytes.length + " bytes)");
    out.flush();
    return 0;
  }

  /** {@code en} or {@code vi}, in any case. */
  static final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      for (Language language : Language.values()) {
        if (language.name().equalsIgnoreCase(value)) {
          return language;
        }
      }
      throw new TypeConversionException(Quoted.of(value) + " is not a language; write en or vi");
    }
  }

  /** A day {@code yyyy-MM-dd} a year inside the range certificates are dated in. */
  static final class TodayConverter implements ITypeConverter<LocalDate> {
    static final LocalDate FIRST = LocalDate.of(CertificateDate.MIN_YEAR + 1, 1, 1);
    static final LocalDate LAST = LocalDate.of(CertificateDate.MAX_YEAR - 1, 12, 31);

    @Override
    public LocalDate convert(String value) {
      LocalDate day;
      try {
        day = LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            Quoted.of(value) + " is not a day; write yyyy-MM-dd, e.g. 2026-11-25");
      }
      if (day.isBefore(FIRST) || day.isAfter(LAST)) {
        throw new TypeConversionException(
            value
                + " is outside "
                + FIRST
                + ".."
                + LAST
                + ": certificates are dated "
                + CertificateDate.MIN_YEAR
                + " to "
                + CertificateDate.MAX_YEAR
                + ", and the data needs a year either side of today");
      }
      return day;
    }
  }

  private void refuseNegative(String option, long value) {
    if (value < 0) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '" + option + "': " + value + " is negative; give 0 or more");
    }
  }
}

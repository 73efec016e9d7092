package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.testkit.DefinitionTestHelper;

class SchemaTest {
  @Test
  void theFormatSchemaIsAValidDraft07Schema() throws Exception {
    JsonNode schema =
        new ObjectMapper()
            .readTree(
                Files.readString(
                    DefinitionTestHelper.repositoryForms().resolve("schema/coforms.schema.json")));
    var meta =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
    assertThat(meta.validate(schema)).isEmpty();
    assertThat(schema.path("$schema").asText())
        .isEqualTo("http://json-schema.org/draft-07/schema#");
  }
}

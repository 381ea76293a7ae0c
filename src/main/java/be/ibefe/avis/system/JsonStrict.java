package be.ibefe.avis.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A request body is read as written, never guessed at: a key given twice, a number or a boolean where a text is
 * expected, a decimal where a count is expected (1.5 votes), a number where a yes/no is expected, a number where a
 * date is expected (Jackson reads 2147483647 as that many days after 1970, in the year 5 881 580) are refused with
 * 400 naming the field, instead of keeping one of the values or converting it silently. A number written as a text
 * ({@code "dossierId": "12"}) still reads as that number: nothing is lost or guessed.
 */
@Configuration
class JsonStrict {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer lectureStricte() {
        return builder -> builder
                .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .postConfigurer(mapper -> {
                    mapper.setDefaultLeniency(Boolean.FALSE);
                    mapper.coercionConfigFor(LogicalType.Textual)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Boolean)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                });
    }
}

package be.ibefe.avis.bassin;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * A type read from a code in the configuration (the keys of {@code avis.echeances.jours-par-type}, …) and in a request
 * parameter ({@code ?type=APRC}): blank is no type, as for an enum; an unknown code is refused naming the known ones.
 */
@Component
@ConfigurationPropertiesBinding
class LectureDuType implements Converter<String, AvisType> {

    @Override
    public AvisType convert(String code) {
        return code.isBlank() ? null : AvisType.valueOf(code.strip());
    }
}

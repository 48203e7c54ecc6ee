package io.uncrowned.guard.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.uncrowned.guard.article.Article;
import io.uncrowned.guard.article.ArticleId;
import io.uncrowned.guard.article.Lang;
import io.uncrowned.guard.understand.entities.EntityId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * The JSON form of articles and other records, as stored and as printed by {@code --json}: ids and
 * languages as plain strings, times as ISO-8601.
 */
public final class ArticleJson {
  private final ObjectMapper mapper;

  public ArticleJson() {
    SimpleModule values = new SimpleModule("guard-values");
    addStringValue(values, ArticleId.class, ArticleId::value, ArticleId::new);
    addStringValue(values, Lang.class, Lang::code, Lang::new);
    addStringValue(values, EntityId.class, EntityId::value, EntityId::new);
    addStringValue(values, io.uncrowned.guard.stories.StoryId.class, io.uncrowned.guard.stories.StoryId::value,
        io.uncrowned.guard.stories.StoryId::new);
    mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(values)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** The configured mapper, for callers that print other records the same way. */
  public ObjectMapper mapper() {
    return mapper;
  }

  public String write(Object record) {
    try {
      return mapper.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + record.getClass().getSimpleName(), e);
    }
  }

  public Article readArticle(String json) {
    return read(json, Article.class);
  }

  /** Reads a record written by {@link #write}. */
  public <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException("stored " + type.getSimpleName() + " record is unreadable", e);
    }
  }

  private static <T> void addStringValue(
      SimpleModule module, Class<T> type, Function<T, String> toString, Function<String, T> parse) {
    module.addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeString(toString.apply(value));
          }
        });
    module.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return parse.apply(p.getValueAsString());
          }
        });
  }
}

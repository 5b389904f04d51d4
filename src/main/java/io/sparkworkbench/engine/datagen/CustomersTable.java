package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.round;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** customers: who they are; their latent segment shapes age, signup date and loyalty tier. */
final class CustomersTable {

    private static final String[] FIRST = {"Emma", "Liam", "Olivia", "Noah", "Ava", "Lucas", "Mia", "Leo", "Sofia", "Elias",
        "Amara", "Mateo", "Hana", "Yusuf", "Chloe", "Arjun", "Ines", "Kai", "Zoe", "Omar", "Freya", "Hugo", "Lena", "Ravi",
        "Nora", "Diego", "Aiko", "Felix", "Maya", "Jonas", "Sara", "Theo"};
    private static final String[] LAST = {"Smith", "Müller", "Garcia", "Rossi", "Martin", "Kowalski", "Johansson", "Silva",
        "Nguyen", "Kim", "Patel", "Brown", "Dubois", "Jensen", "Novak", "Santos", "Fischer", "Tanaka", "O'Brien", "Haddad",
        "Lopez", "Meyer", "Costa", "Wilson", "Andersen", "Ivanova", "Khan", "Moreau", "Schmidt", "Taylor", "Romero", "Berg"};
    private static final String[] COUNTRIES = {"United States", "United Kingdom", "Germany", "France", "Canada",
        "Australia", "Spain", "Italy", "Netherlands", "Sweden", "Brazil", "India"};
    private static final double[] COUNTRY_WEIGHT = {35, 12, 10, 8, 7, 5, 5, 5, 4, 3, 3, 3};
    private static final String[] CITIES = {
        "New York", "Los Angeles", "Chicago", "London", "Manchester", "Birmingham", "Berlin", "Munich", "Hamburg",
        "Paris", "Lyon", "Marseille", "Toronto", "Vancouver", "Montreal", "Sydney", "Melbourne", "Brisbane",
        "Madrid", "Barcelona", "Valencia", "Rome", "Milan", "Naples", "Amsterdam", "Rotterdam", "Utrecht",
        "Stockholm", "Gothenburg", "Malmö", "São Paulo", "Rio de Janeiro", "Belo Horizonte", "Mumbai", "Delhi", "Bengaluru"};
    private static final String[] TIERS = {"bronze", "silver", "gold", "platinum"};
    private static final double[][] TIER_BY_SEGMENT = {
        {0.00, 0.10, 0.45, 0.45}, {0.10, 0.40, 0.40, 0.10}, {0.45, 0.45, 0.10, 0.00}, {0.90, 0.10, 0.00, 0.00},
        {0.55, 0.35, 0.10, 0.00}};
    private static final double[] AGE_MEAN = {41, 45, 38, 29, 47};

    private CustomersTable() {
    }

    static Dataset<Row> build(SparkSession spark, GeneratorModel m, int partitions) {
        HashRandom r = m.random;
        Column id = col("id").plus(1);
        Column segment = col("segment");
        Lookup countries = Lookup.ofStrings(COUNTRIES, COUNTRY_WEIGHT);
        Lookup tiers = Lookup.ofStringRows(TIERS, TIER_BY_SEGMENT);
        Lookup genders = Lookup.ofStrings(new String[] {"female", "male", "non-binary"}, new double[] {49, 48, 3});
        Column first = element_at(lit(FIRST), floor(r.uniform(102, id).multiply(FIRST.length)).cast("int").plus(1));
        Column last = element_at(lit(LAST), floor(r.uniform(103, id).multiply(LAST.length)).cast("int").plus(1));
        Column country = HashRandom.pick(countries, r.uniform(104, id));
        Column countryIndex = org.apache.spark.sql.functions.array_position(lit(COUNTRIES), col("country"));
        Column city = element_at(lit(CITIES), countryIndex.minus(1).multiply(3)
                .plus(floor(r.uniform(105, id).multiply(3))).cast("int").plus(1));
        Column age = least(lit(85), greatest(lit(18),
                round(GeneratorModel.bySegment(segment, AGE_MEAN).plus(r.normal(106, id).multiply(11))))).cast("int");
        Column emailUser = regexp_replace(lower(concat(col("first"), lit("."), col("last"))), "[^a-z.]", "");
        return spark.range(0, m.sizes.customers(), 1, partitions)
                .withColumn("segment", m.layout.segmentOfId(col("id").plus(1)))
                .withColumn("first", first).withColumn("last", last).withColumn("country", country)
                .select(
                        id.as("customer_id"),
                        concat(col("first"), lit(" "), col("last")).as("name"),
                        concat(emailUser, lit("."), id.cast("string"), lit("@example.com")).as("email"),
                        col("country"),
                        city.as("city"),
                        age.as("age"),
                        HashRandom.pick(genders, r.uniform(107, id)).as("gender"),
                        m.time.date(m.signupDay(id, segment)).as("signup_date"),
                        HashRandom.pick(tiers, segment, r.uniform(108, id)).as("loyalty_tier"));
    }
}

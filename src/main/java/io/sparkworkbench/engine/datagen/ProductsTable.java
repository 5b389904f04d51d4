package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.round;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** products: category is (id - 1) mod 8, so any table can tell a product's category from its id. */
final class ProductsTable {

    private static final String[][] BRANDS = {
        {"Voltra", "Nexon", "Lumina", "Kestrel", "Orbit"},
        {"Marlow", "Atelier Nine", "Urban Fox", "Silk & Stone", "Northwind"},
        {"Hearth", "CopperLeaf", "Casa Verde", "Nordhem", "Plume"},
        {"Inkwell Press", "Lantern Books", "Paperfield", "Quill House", "Atlas Editions"},
        {"Summit", "TrailPeak", "Aerofit", "Riverstone", "Velox"},
        {"Glow Lab", "Petal", "Aurea", "Pure Dew", "Maison Rose"},
        {"Brickly", "PlayNest", "Whimsy", "Toyforge", "Puzzleworks"},
        {"Green Basket", "Harvest Co", "Daily Pantry", "Orchard Row", "Grainhouse"}};
    private static final String[][] NOUNS = {
        {"Headphones", "Smartwatch", "Tablet", "Speaker", "Camera", "Laptop", "Charger", "Monitor"},
        {"Jacket", "Sneakers", "Dress", "Jeans", "Scarf", "Backpack", "Shirt", "Boots"},
        {"Cookware Set", "Blender", "Lamp", "Knife Set", "Duvet", "Coffee Maker", "Vase", "Towel Set"},
        {"Novel", "Cookbook", "Biography", "Thriller", "Atlas", "Poetry Collection", "Guidebook", "Comic"},
        {"Yoga Mat", "Tent", "Bike Helmet", "Running Shoes", "Dumbbells", "Water Bottle", "Rucksack", "Tennis Racket"},
        {"Face Serum", "Lipstick", "Perfume", "Shampoo", "Moisturizer", "Nail Kit", "Sunscreen", "Eye Palette"},
        {"Building Set", "Board Game", "Puzzle", "Plush Bear", "RC Car", "Doll House", "Card Game", "Science Kit"},
        {"Olive Oil", "Coffee Beans", "Green Tea", "Pasta", "Honey", "Granola", "Dark Chocolate", "Spice Mix"}};

    private ProductsTable() {
    }

    static Dataset<Row> build(SparkSession spark, GeneratorModel m, int partitions) {
        HashRandom r = m.random;
        Column id = col("id").plus(1);
        Column category = GeneratorModel.categoryOfProduct(id);
        Column brand = element_at(lit(flatten(BRANDS)),
                category.multiply(5).plus(floor(r.uniform(204, id).multiply(5))).cast("int").plus(1));
        Column noun = element_at(lit(flatten(NOUNS)),
                category.multiply(8).plus(floor(r.uniform(205, id).multiply(8))).cast("int").plus(1));
        Column price = col("price");
        Column margin = lit(0.45).plus(r.uniform(206, id).multiply(0.3));
        Column launchDay = floor(r.uniform(207, id).multiply(TimeModel.DAYS + 900)).minus(900);
        return spark.range(0, m.sizes.products(), 1, partitions)
                .withColumn("price", m.listPrice(col("id").plus(1)))
                .withColumn("brand", brand)
                .select(
                        id.as("product_id"),
                        concat(col("brand"), lit(" "), noun, lit(" "), lpad(id.cast("string"), 4, "0")).as("name"),
                        element_at(lit(CategoryTaste.CATEGORIES), category.plus(1)).as("category"),
                        col("brand"),
                        price.as("price"),
                        round(price.multiply(margin), 2).cast("decimal(10,2)").as("cost"),
                        floor(pow(r.uniform(208, id), 2).multiply(500)).cast("int").as("stock_qty"),
                        m.time.date(launchDay).as("launch_date"));
    }

    private static String[] flatten(String[][] rows) {
        return java.util.Arrays.stream(rows).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}

import XCTest
import NNCore

/// Data sets from CSV tables and back to CSV text.
final class LabeledDataCSVTests: XCTestCase {
    private func load(_ text: String, label: String? = nil) throws -> LabeledData {
        try LabeledData.fromCSV(CSVTable.parse(text), labelColumn: label)
    }

    private func message(_ text: String, label: String? = nil) -> String? {
        do {
            _ = try load(text, label: label)
            return nil
        } catch {
            return (error as? DataError)?.message
        }
    }

    func testIntegerLabelsSortNumerically() throws {
        let data = try load("x1,x2,y\n1,2,10\n3,4,2\n5,6,02\n7, 8 ,-1\n")
        XCTAssertEqual(data.columns, ["x1", "x2"])
        XCTAssertEqual(data.inputs, [1, 2, 3, 4, 5, 6, 7, 8])
        XCTAssertEqual(data.classes, ["-1", "2", "10"])
        XCTAssertEqual(data.labels, [2, 1, 1, 0])
    }

    func testStringLabelsAndANamedLabelColumn() throws {
        let data = try load("species,length,width\nvirginica,6.1,2.5\nsetosa,5,3.4e0\n",
                            label: "Species")
        XCTAssertEqual(data.columns, ["length", "width"])
        XCTAssertEqual(data.inputs, [6.1, 2.5, 5, 3.4])
        XCTAssertEqual(data.classes, ["setosa", "virginica"])
        XCTAssertEqual(data.labels, [1, 0])
    }

    func testBadTablesNameTheProblem() {
        XCTAssertEqual(message("x1,x2,label\n1,2,0\n", label: "lable"),
                       "no column named 'lable' for the label. Did you mean 'label'? The columns are x1, x2, label")
        XCTAssertEqual(message("x1,x2,label\n1,abc,0\n"),
                       "line 2: column 'x2': 'abc' is not a number; inputs must be numeric (text belongs in the label column)")
        XCTAssertEqual(message("x1,x2,label\n1,2,0\n1, ,0\n"),
                       "line 3: column 'x2': the value is empty; fill in a number or remove the row")
        XCTAssertEqual(message("x1,label\nnan,0\n"),
                       "line 2: column 'x1': 'nan' is not a finite number; replace it or remove the row")
        XCTAssertEqual(message("x1,label\n1,\n"),
                       "line 2: the label in column 'label' is empty; give every row a class")
        XCTAssertEqual(message("label\n1\n"),
                       "the CSV has only the column 'label'; it needs at least one input column besides the label column")
        XCTAssertEqual(message("x1,label\n"),
                       "the CSV has a header but no data rows; add at least one row of values")
        XCTAssertEqual(message("x,y,x\n1,2,3\n"),
                       "column name 'x' appears twice in the header (columns 1 and 3); give each column its own name")
        let ragged = CSVTable(header: ["x1", "label"], rows: [["1", "0"], ["2"]])
        XCTAssertThrowsError(try LabeledData.fromCSV(ragged)) { error in
            XCTAssertEqual((error as? DataError)?.message,
                           "line 3: the row has 1 field but the header has 2; give every row 2 comma-separated fields")
        }
    }

    func testCSVTextWritesShortestNumbersAndClassNames() {
        let data = LabeledData(columns: ["x1", "label"], inputs: [0.1, -2, 1e-05, 3e300],
                               labels: [1, 0], classes: ["no", "yes, sure"])
        XCTAssertEqual(data.csvText(),
                       "x1,label,label2\n0.1,-2.0,\"yes, sure\"\n1e-05,3e+300,no\n")
    }

    func testGeneratedSetsRoundTripBitForBit() throws {
        let sets = [try DataGenerator.moons(count: 101, noise: 0.2, seed: 1),
                    try DataGenerator.spiral(count: 60, noise: 0.1, arms: 3, seed: 2),
                    try DataGenerator.synthetic(count: 12, features: 5, classes: 4, seed: 3)]
        for data in sets {
            let back = try load(data.csvText())
            XCTAssertEqual(back, data)
            XCTAssertEqual(back.inputs.map(\.bitPattern), data.inputs.map(\.bitPattern))
        }
    }
}

import PlexeFoundation
import Testing

@testable import PlexeLanguage

/// Each construct of the question language, on a dataset shaped nothing like the retail dev
/// set (departments ← employees ← projects). A case passes when the generated SQL returns the
/// same rows as the SQL a person would write.
@Suite struct ConstructTests {
    typealias Case = QuestionCase

    static let aggregates: [Case] = [
        Case(question: "How many employees are there?", reference: "SELECT COUNT(*) FROM employees"),
        Case(question: "Count the projects", reference: "SELECT COUNT(*) FROM projects"),
        Case(question: "What is the number of departments?", reference: "SELECT COUNT(*) FROM departments"),
        Case(question: "What is the average salary?", reference: "SELECT AVG(salary) FROM employees"),
        Case(question: "What is the mean salary of employees?", reference: "SELECT AVG(salary) FROM employees"),
        Case(question: "What's the typical number of hours per project?", reference: "SELECT AVG(hours) FROM projects"),
        Case(question: "What is the total budget?", reference: "SELECT SUM(budget) FROM departments"),
        Case(question: "Sum of hours across all projects", reference: "SELECT SUM(hours) FROM projects"),
        Case(question: "What is the highest salary?", reference: "SELECT MAX(salary) FROM employees"),
        Case(question: "What is the biggest budget of any department?", reference: "SELECT MAX(budget) FROM departments"),
        Case(question: "What is the lowest salary?", reference: "SELECT MIN(salary) FROM employees"),
        Case(question: "What is the smallest number of hours on a project?", reference: "SELECT MIN(hours) FROM projects"),
        Case(question: "What are the minimum and maximum salaries?", reference: "SELECT MIN(salary), MAX(salary) FROM employees"),
        Case(question: "When was the earliest hire date?", reference: "SELECT MIN(hired_on) FROM employees"),
        Case(question: "How many different levels are there?", reference: "SELECT COUNT(DISTINCT level) FROM employees"),
        Case(question: "List the distinct project statuses", reference: "SELECT DISTINCT status FROM projects"),
        Case(question: "What levels are there?", reference: "SELECT DISTINCT level FROM employees"),
    ]

    static let groupingAndOrdering: [Case] = [
        Case(question: "How many employees per level?", reference: "SELECT level, COUNT(*) FROM employees GROUP BY level"),
        Case(question: "Average salary by level", reference: "SELECT level, AVG(salary) FROM employees GROUP BY level"),
        Case(question: "For each status, what is the total number of hours?", reference: "SELECT status, SUM(hours) FROM projects GROUP BY status"),
        Case(question: "How many projects are there in each status?", reference: "SELECT status, COUNT(*) FROM projects GROUP BY status"),
        Case(
            question: "Average salary for each level, sorted from highest to lowest",
            reference: "SELECT level, AVG(salary) AS a FROM employees GROUP BY level ORDER BY a DESC", ordered: true),
        Case(
            question: "Which 3 employees have the highest salary? Give their names and salaries, highest first.",
            reference: "SELECT full_name, salary FROM employees ORDER BY salary DESC LIMIT 3", ordered: true),
        Case(
            question: "Top 2 levels by number of employees",
            reference: "SELECT level FROM employees GROUP BY level ORDER BY COUNT(*) DESC LIMIT 2"),
        Case(
            question: "Which level has the lowest average salary?",
            reference: "SELECT level FROM employees GROUP BY level ORDER BY AVG(salary) ASC LIMIT 1"),
        Case(
            question: "What is the most common project status?",
            reference: "SELECT status FROM projects GROUP BY status ORDER BY COUNT(*) DESC LIMIT 1"),
        Case(
            question: "Which employee has the most projects?",
            reference:
                "SELECT e.full_name FROM projects p JOIN employees e ON e.employee_id = p.employee_id GROUP BY e.employee_id ORDER BY COUNT(*) DESC LIMIT 1"
        ),
    ]

    static let filters: [Case] = [
        Case(question: "How many senior employees are there?", reference: "SELECT COUNT(*) FROM employees WHERE level = 'senior'"),
        Case(question: "How many projects are done?", reference: "SELECT COUNT(*) FROM projects WHERE status = 'done'"),
        Case(
            question: "How many projects were cancelled or planned?",
            reference: "SELECT COUNT(*) FROM projects WHERE status IN ('cancelled', 'planned')"),
        Case(question: "How many employees are not juniors?", reference: "SELECT COUNT(*) FROM employees WHERE level <> 'junior'"),
        Case(question: "How many employees are active?", reference: "SELECT COUNT(*) FROM employees WHERE is_active = 1"),
        Case(question: "How many inactive employees are there?", reference: "SELECT COUNT(*) FROM employees WHERE is_active = 0"),
        Case(question: "How many employees are not active?", reference: "SELECT COUNT(*) FROM employees WHERE is_active = 0"),
        Case(
            question: "Average salary of active versus inactive employees",
            reference: "SELECT is_active, AVG(salary) FROM employees GROUP BY is_active"),
        Case(question: "How many employees earn more than 80000?", reference: "SELECT COUNT(*) FROM employees WHERE salary > 80000"),
        Case(question: "How many employees have a salary of at least 100000?", reference: "SELECT COUNT(*) FROM employees WHERE salary >= 100000"),
        Case(
            question: "How many employees have a salary between 50000 and 70000?",
            reference: "SELECT COUNT(*) FROM employees WHERE salary BETWEEN 50000 AND 70000"),
        Case(question: "How many projects have 20 or more hours?", reference: "SELECT COUNT(*) FROM projects WHERE hours >= 20"),
        Case(question: "How many projects took fewer than 10 hours?", reference: "SELECT COUNT(*) FROM projects WHERE hours < 10"),
        Case(question: "How many employees have no birth year recorded?", reference: "SELECT COUNT(*) FROM employees WHERE birth_year IS NULL"),
        Case(question: "How many employees have a birth year?", reference: "SELECT COUNT(*) FROM employees WHERE birth_year IS NOT NULL"),
        Case(
            question: "How many active senior employees earn over 60000?",
            reference: "SELECT COUNT(*) FROM employees WHERE is_active = 1 AND level = 'senior' AND salary > 60000"),
        Case(question: "List the names of inactive leads", reference: "SELECT full_name FROM employees WHERE is_active = 0 AND level = 'lead'"),
        Case(question: "What is the salary of employee 7?", reference: "SELECT salary FROM employees WHERE employee_id = 7"),
        Case(
            question: "How many employees are seniors or have a home city of Paris?",
            reference: "SELECT COUNT(*) FROM employees WHERE level = 'senior' OR home_city = 'Paris'"),
        Case(
            question: "How many employees have a full name starting with 'Anna'?",
            reference: "SELECT COUNT(*) FROM employees WHERE full_name LIKE 'Anna%'"),
        Case(
            question: "How many employees earn more than the average salary?",
            reference: "SELECT COUNT(*) FROM employees WHERE salary > (SELECT AVG(salary) FROM employees)"),
        Case(question: "Who are the 3 top earners?", reference: "SELECT full_name, salary FROM employees ORDER BY salary DESC LIMIT 3"),
        Case(
            question: "How many projects does Greta Meyer have?",
            reference: "SELECT COUNT(*) FROM projects p JOIN employees e ON e.employee_id = p.employee_id WHERE e.full_name = 'Greta Meyer'"),
    ]

    static let dates: [Case] = [
        Case(question: "How many employees were hired in 2019?", reference: "SELECT COUNT(*) FROM employees WHERE strftime('%Y', hired_on) = '2019'"),
        Case(question: "How many employees were hired since March 2021?", reference: "SELECT COUNT(*) FROM employees WHERE hired_on >= '2021-03-01'"),
        Case(question: "How many employees were hired before 2017?", reference: "SELECT COUNT(*) FROM employees WHERE hired_on < '2017-01-01'"),
        Case(question: "How many employees were hired after June 2020?", reference: "SELECT COUNT(*) FROM employees WHERE hired_on >= '2020-07-01'"),
        Case(
            question: "How many employees were hired between 2018-01-01 and 2019-06-30?",
            reference: "SELECT COUNT(*) FROM employees WHERE hired_on BETWEEN '2018-01-01' AND '2019-06-30'"),
        Case(
            question: "How many employees were hired per year?",
            reference: "SELECT strftime('%Y', hired_on) AS y, COUNT(*) FROM employees GROUP BY y"),
        Case(
            question: "How many projects started in each month of 2022?",
            reference: "SELECT strftime('%m', started_at) AS m, COUNT(*) FROM projects WHERE strftime('%Y', started_at) = '2022' GROUP BY m"),
        Case(
            question: "How many projects started in the second quarter of 2023?",
            reference: "SELECT COUNT(*) FROM projects WHERE started_at >= '2023-04-01' AND started_at < '2023-07-01'"),
        Case(question: "How many employees were born before 1970?", reference: "SELECT COUNT(*) FROM employees WHERE birth_year < 1970"),
    ]

    static let joins: [Case] = [
        Case(
            question: "What is the average salary by department?",
            reference:
                "SELECT d.department_name, AVG(e.salary) FROM employees e JOIN departments d ON d.department_id = e.department_id GROUP BY d.department_id"
        ),
        Case(
            question: "How many employees work in the Sales department?",
            reference: "SELECT COUNT(*) FROM employees e JOIN departments d ON d.department_id = e.department_id WHERE d.department_name = 'Sales'"),
        Case(
            question: "Total salary of employees in departments located in Germany",
            reference: "SELECT SUM(e.salary) FROM employees e JOIN departments d ON d.department_id = e.department_id WHERE d.location = 'DE'"),
        Case(
            question: "How many employees have no projects?",
            reference: "SELECT COUNT(*) FROM employees WHERE employee_id NOT IN (SELECT employee_id FROM projects)"),
        Case(
            question: "How many employees have more than 3 projects?",
            reference: "SELECT COUNT(*) FROM (SELECT employee_id FROM projects GROUP BY employee_id HAVING COUNT(*) > 3)"),
        Case(
            question: "Which levels have more than 12 employees?",
            reference: "SELECT level FROM employees GROUP BY level HAVING COUNT(*) > 12"),
        Case(
            question: "Which levels have an average salary above 75000?",
            reference: "SELECT level FROM employees GROUP BY level HAVING AVG(salary) > 75000"),
        Case(
            question: "Total project hours for each employee level",
            reference: "SELECT e.level, SUM(p.hours) FROM projects p JOIN employees e ON e.employee_id = p.employee_id GROUP BY e.level"),
        Case(
            question: "How many projects are run by inactive employees?",
            reference: "SELECT COUNT(*) FROM projects p JOIN employees e ON e.employee_id = p.employee_id WHERE e.is_active = 0"),
        Case(
            question: "On average, how many projects does an employee have?",
            reference:
                "SELECT AVG(n) FROM (SELECT COUNT(p.project_id) AS n FROM employees e LEFT JOIN projects p ON p.employee_id = e.employee_id GROUP BY e.employee_id)"
        ),
    ]

    static let percentages: [Case] = [
        Case(question: "What percentage of employees are active?", reference: "SELECT 100.0 * SUM(is_active = 1) / COUNT(*) FROM employees"),
        Case(question: "What percent of projects are cancelled?", reference: "SELECT 100.0 * SUM(status = 'cancelled') / COUNT(*) FROM projects"),
        Case(
            question: "What percentage of senior employees are inactive?",
            reference: "SELECT 100.0 * SUM(is_active = 0) / COUNT(*) FROM employees WHERE level = 'senior'"),
    ]

    static let charts: [Case] = [
        Case(question: "Plot the number of employees by level", reference: "SELECT level, COUNT(*) FROM employees GROUP BY level"),
        Case(question: "Chart the total hours by project status", reference: "SELECT status, SUM(hours) FROM projects GROUP BY status"),
        Case(
            question: "Graph the number of hires per year",
            reference: "SELECT strftime('%Y', hired_on) AS y, COUNT(*) FROM employees GROUP BY y ORDER BY y", ordered: true),
        Case(question: "Show the distribution of project hours", reference: "SELECT hours, COUNT(*) FROM projects GROUP BY hours"),
    ]

    static let all = aggregates + groupingAndOrdering + filters + dates + joins + percentages + charts

    @Test(arguments: all)
    func construct(_ testCase: Case) throws {
        let fixture = try HRFixture.shared.get()
        let problem = try fixture.check(testCase.question, testCase.reference, ordered: testCase.ordered)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test func chartKinds() throws {
        let translator = try HRFixture.shared.get().translator
        #expect(try translator.translate("Plot the number of employees by level").visualizationType == .barChart)
        #expect(try translator.translate("Graph the number of hires per year").visualizationType == .lineChart)
        #expect(try translator.translate("Histogram of salaries").visualizationType == .histogram)
        #expect(try translator.translate("What is the distribution of project hours?").visualizationType == .histogram)
        let shown = try translator.translate("Show me the number of employees by level")
        #expect(shown.resultType == .table)
        #expect(shown.visualizationType == nil)
        let title = try translator.translate("Plot the number of employees by level").title
        #expect(title == "Number of employees by level")
    }

    @Test func forcedResultType() throws {
        let translator = try HRFixture.shared.get().translator
        let table = try translator.translate("Plot the number of employees by level", forcedResultType: .table)
        #expect(table.resultType == .table)
        let chart = try translator.translate("How many employees per level?", forcedResultType: .visualization)
        #expect(chart.resultType == .visualization)
        #expect(chart.visualizationType == .barChart)
    }

    /// Ten bins for the distribution of a decimal column, counting every non-null value once.
    @Test func histogramBinsCoverEveryValue() throws {
        let fixture = try HRFixture.shared.get()
        let translation = try fixture.translator.translate("Histogram of salaries")
        let rows = try fixture.loader.rows(translation.sql)
        #expect(rows.count <= 10 && rows.count >= 5)
        let total = rows.reduce(0.0) { sum, row in
            if case .number(let n) = row[1] { return sum + n }
            return sum
        }
        #expect(total == 60)
    }
}

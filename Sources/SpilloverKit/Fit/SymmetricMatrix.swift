/// Small dense symmetric positive-definite systems: the Newton steps and covariance matrices
/// of the fits (a few dozen parameters at most).
struct SymmetricMatrix {
    let n: Int
    /// Row-major, full (both triangles kept equal).
    var a: [Double]

    init(n: Int) {
        self.n = n
        a = [Double](repeating: 0, count: n * n)
    }

    subscript(i: Int, j: Int) -> Double {
        get { a[i * n + j] }
        set { a[i * n + j] = newValue }
    }

    /// The lower Cholesky factor L (A = L·Lᵀ), or `nil` when A is not positive definite
    /// (a pivot ≤ `relativeTolerance` times the largest diagonal).
    func cholesky(relativeTolerance: Double = 1e-13) -> [Double]? {
        var l = [Double](repeating: 0, count: n * n)
        var largest = 0.0
        for i in 0..<n { largest = Swift.max(largest, abs(self[i, i])) }
        for j in 0..<n {
            var d = self[j, j]
            for k in 0..<j { d -= l[j * n + k] * l[j * n + k] }
            guard d > relativeTolerance * Swift.max(largest, .leastNormalMagnitude) else { return nil }
            let root = d.squareRoot()
            l[j * n + j] = root
            for i in (j + 1)..<Swift.max(j + 1, n) {
                var s = self[i, j]
                for k in 0..<j { s -= l[i * n + k] * l[j * n + k] }
                l[i * n + j] = s / root
            }
        }
        return l
    }

    /// Solves A·x = b with the Cholesky factor `l`.
    func solve(_ l: [Double], _ b: [Double]) -> [Double] {
        var y = b
        for i in 0..<n {
            var s = y[i]
            for k in 0..<i { s -= l[i * n + k] * y[k] }
            y[i] = s / l[i * n + i]
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            var s = y[i]
            for k in (i + 1)..<Swift.max(i + 1, n) { s -= l[k * n + i] * y[k] }
            y[i] = s / l[i * n + i]
        }
        return y
    }

    /// A⁻¹ from the Cholesky factor `l`.
    func inverse(_ l: [Double]) -> SymmetricMatrix {
        var inv = SymmetricMatrix(n: n)
        for j in 0..<n {
            var e = [Double](repeating: 0, count: n)
            e[j] = 1
            let column = solve(l, e)
            for i in 0..<n { inv[i, j] = column[i] }
        }
        return inv
    }
}

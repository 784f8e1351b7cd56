#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// CPython 3.11's `random.Random` (MT19937), for the calls langdetect makes:
/// `seed(int)`, `random()`, `gauss(mu, sigma)`, `getrandbits(k)` and `choice`.
/// Results are bit-identical to CPython for the same seed.
public struct CPythonRandom: Sendable {
    private static let stateSize = 624
    private static let shift = 397

    private var state: [UInt32]
    private var index: Int
    /// `Random.gauss_next`: the second value of the last Box–Muller pair.
    private var gaussNext: Double?

    /// `random.Random(seed)`: seeds like CPython for a non-negative or negative int
    /// (CPython uses `abs(seed)`).
    public init(seed: Int) {
        state = [UInt32](repeating: 0, count: Self.stateSize)
        index = Self.stateSize
        gaussNext = nil
        self.seed(seed)
    }

    /// `Random.seed(n)`: `init_by_array` over the 32-bit chunks of `abs(n)` (least
    /// significant first; one zero chunk for 0), and clears the cached gauss value.
    public mutating func seed(_ n: Int) {
        var magnitude = n.magnitude
        var key: [UInt32] = []
        repeat {
            key.append(UInt32(truncatingIfNeeded: magnitude))
            magnitude >>= 32
        } while magnitude != 0
        initByArray(key)
        gaussNext = nil
        // Twisted now rather than at the first output (same outputs), so that copies
        // of a seeded generator share this state for their first 624 words instead of
        // each twisting its own copy.
        twist()
    }

    private mutating func initGenrand(_ s: UInt32) {
        state[0] = s
        for i in 1..<Self.stateSize {
            let previous = state[i - 1]
            state[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        index = Self.stateSize
    }

    private mutating func initByArray(_ key: [UInt32]) {
        initGenrand(19_650_218)
        let n = Self.stateSize
        var i = 1
        var j = 0
        for _ in 0..<max(n, key.count) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= n { state[0] = state[n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= n { state[0] = state[n - 1]; i = 1 }
        }
        state[0] = 0x8000_0000
    }

    private mutating func twist() {
        let n = Self.stateSize
        let m = Self.shift
        state.withUnsafeMutableBufferPointer { mt in
            @inline(__always) func generate(_ k: Int, next: Int, far: Int) {
                let y = (mt[k] & 0x8000_0000) | (mt[next] & 0x7FFF_FFFF)
                mt[k] = mt[far] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_B0DF)
            }
            // In order, as `mt[k]` from `mt[k + 1]` and `mt[k + m]` (indexes mod n): split
            // where `k + m` and `k + 1` wrap, so the loops need no modulo.
            for k in 0..<(n - m) { generate(k, next: k + 1, far: k + m) }
            for k in (n - m)..<(n - 1) { generate(k, next: k + 1, far: k + m - n) }
            generate(n - 1, next: 0, far: m - 1)
        }
        index = 0
    }

    /// `genrand_uint32`: the next tempered 32-bit output.
    public mutating func nextUInt32() -> UInt32 {
        if index >= Self.stateSize { twist() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// `random()`: a double in [0, 1) with 53 random bits (27 + 26 from two outputs).
    public mutating func random() -> Double {
        let a = Double(nextUInt32() >> 5)
        let b = Double(nextUInt32() >> 6)
        return (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for 0 ≤ k ≤ 64: 32-bit words, least significant first, the
    /// last one keeping its top bits.
    public mutating func getrandbits(_ k: Int) -> UInt64 {
        precondition(k >= 0 && k <= 64, "getrandbits supports 0...64 bits")
        if k == 0 { return 0 }
        if k <= 32 { return UInt64(nextUInt32() >> UInt32(32 - k)) }
        var result: UInt64 = 0
        var remaining = k
        var shift: UInt64 = 0
        while remaining > 0 {
            var word = nextUInt32()
            if remaining < 32 { word >>= UInt32(32 - remaining) }
            result |= UInt64(word) << shift
            shift += 32
            remaining -= 32
        }
        return result
    }

    /// `_randbelow(n)` (the getrandbits variant): rejection sampling over
    /// `n.bit_length()` bits. `n` must be positive.
    public mutating func randomBelow(_ n: Int) -> Int {
        precondition(n > 0, "randbelow needs n > 0")
        let k = Int.bitWidth - n.leadingZeroBitCount
        var r = getrandbits(k)
        while r >= UInt64(n) { r = getrandbits(k) }
        return Int(r)
    }

    /// `choice(seq)`: the element at `_randbelow(len(seq))`.
    public mutating func choice<C: RandomAccessCollection>(_ elements: C) -> C.Element where C.Index == Int {
        elements[elements.startIndex + randomBelow(elements.count)]
    }

    /// `gauss(mu, sigma)`: Box–Muller, returning the cached second value when present.
    public mutating func gauss(mu: Double = 0.0, sigma: Double = 1.0) -> Double {
        var z: Double
        if let cached = gaussNext {
            z = cached
            gaussNext = nil
        } else {
            let x2pi = random() * (2.0 * Double.pi)
            let g2rad = sqrt(-2.0 * log(1.0 - random()))
            z = cos(x2pi) * g2rad
            gaussNext = sin(x2pi) * g2rad
        }
        return mu + z * sigma
    }
}

import Foundation

/// A colour in sRGB, 8 bits a channel.
public struct RGB: Sendable, Hashable {
    /// The red channel, 0–255.
    public var red: UInt8
    /// The green channel, 0–255.
    public var green: UInt8
    /// The blue channel, 0–255.
    public var blue: UInt8

    /// The colour with these channel values.
    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `0xRRGGBB`.
    public init(hex: UInt32) {
        self.init(UInt8((hex >> 16) & 0xFF), UInt8((hex >> 8) & 0xFF), UInt8(hex & 0xFF))
    }

    /// `#rrggbb`, as DOT and SVG write colours.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        var out = "#"
        for c in [red, green, blue] {
            out.append(digits[Int(c >> 4)])
            out.append(digits[Int(c & 0xF)])
        }
        return out
    }

    /// WCAG relative luminance, 0 (black) to 1 (white).
    public var luminance: Double {
        func linear(_ c: UInt8) -> Double {
            let s = Double(c) / 255
            return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// Black or white, whichever reads better on this colour (larger WCAG contrast).
    public var textColor: RGB {
        let l = luminance
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? RGB(0x1a, 0x1a, 0x1a) : RGB(0xff, 0xff, 0xff)
    }

    /// Linear interpolation in sRGB from `self` (t = 0) to `other` (t = 1).
    public func mixed(with other: RGB, _ t: Double) -> RGB {
        func lerp(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * t).rounded())
        }
        return RGB(lerp(red, other.red), lerp(green, other.green), lerp(blue, other.blue))
    }
}

/// The colours of the pictures: colour-blind-safe and readable in print.
public enum Palette {
    /// Qualitative colours for groups, communities and roles: the Okabe–Ito palette
    /// (without its black), then four lighter tones from ColorBrewer's Set3 and Pastel1,
    /// twelve in all. Beyond twelve categories the rarest share ``other``.
    ///
    /// References: Okabe M, Ito K (2002), *Color Universal Design*, jfly.uni-koeln.de/color;
    /// Harrower M, Brewer CA (2003), ColorBrewer.org, *The Cartographic Journal* 40(1):27–37,
    /// doi:10.1179/000870403235002042.
    public static let qualitative: [RGB] = [
        RGB(hex: 0xE69F00), RGB(hex: 0x56B4E9), RGB(hex: 0x009E73), RGB(hex: 0xF0E442),
        RGB(hex: 0x0072B2), RGB(hex: 0xD55E00), RGB(hex: 0xCC79A7), RGB(hex: 0x8DD3C7),
        RGB(hex: 0xBEBADA), RGB(hex: 0xFDB462), RGB(hex: 0xB3DE69), RGB(hex: 0xFCCDE5),
    ]

    /// The fill of categories beyond the qualitative palette.
    public static let other = RGB(hex: 0xBDBDBD)

    /// The fill of nodes without a value (an empty group, a NaN measure, never reached).
    public static let missing = RGB(hex: 0xF0F0F0)

    /// The sequential ramp for measures and arrival steps: ColorBrewer YlGnBu (9 classes),
    /// pale for low values and dark for high ones, so that more reads as darker on paper.
    public static let sequential: [RGB] = [
        RGB(hex: 0xFFFFD9), RGB(hex: 0xEDF8B1), RGB(hex: 0xC7E9B4), RGB(hex: 0x7FCDBB),
        RGB(hex: 0x41B6C4), RGB(hex: 0x1D91C0), RGB(hex: 0x225EA8), RGB(hex: 0x253494),
        RGB(hex: 0x081D58),
    ]

    /// The colour at `t` in [0, 1] along ``sequential`` (clamped; linear between stops).
    public static func sequential(at t: Double) -> RGB {
        let ramp = sequential
        let x = min(max(t.isFinite ? t : 0, 0), 1) * Double(ramp.count - 1)
        let i = min(Int(x), ramp.count - 2)
        return ramp[i].mixed(with: ramp[i + 1], x - Double(i))
    }

    /// Line colours for tie types other than vertical, horizontal and institutional (which
    /// are told apart by line style): dark grey, then dark red, blue, green and purple.
    public static let tieTypes: [RGB] = [
        RGB(hex: 0x4D4D4D), RGB(hex: 0xB2182B), RGB(hex: 0x2166AC), RGB(hex: 0x1B7837),
        RGB(hex: 0x762A83),
    ]
}
